// Suggestions for persons and documents while typing in the search box (progressive
// enhancement: the search form works without it).
(function () {
  var input = document.getElementById('site-q');
  if (!input || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.hidden = true;
  list.setAttribute('role', 'listbox');
  input.parentNode.appendChild(list);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { list.hidden = true; return; }
    timer = setTimeout(function () {
      fetch(input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          list.innerHTML = '';
          items.forEach(function (item) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = item.url;
            a.textContent = item.label;
            li.appendChild(a);
            list.appendChild(li);
          });
          list.hidden = items.length === 0;
        })
        .catch(function () { list.hidden = true; });
    }, 150);
  });
  document.addEventListener('click', function (e) { if (e.target !== input) { list.hidden = true; } });
})();
