// Names and documents the archive already has, offered while an editor types into a field
// marked data-suggest-url (progressive enhancement: the field works without it). The
// suggestions come from the search box's /search/suggest; data-suggest-prefix keeps those
// of one kind (persons or documents), told apart by their address.
(function () {
  if (!window.fetch) { return; }
  var inputs = document.querySelectorAll('input[data-suggest-url]');
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var prefix = input.getAttribute('data-suggest-prefix') || '';
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || !list) { return; }
      timer = setTimeout(function () {
        fetch(input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.innerHTML = '';
            items.forEach(function (item) {
              if (item.url.indexOf(prefix) !== 0) { return; }
              var option = document.createElement('option');
              option.value = item.label;
              list.appendChild(option);
            });
          })
          .catch(function () { list.innerHTML = ''; });
      }, 150);
    });
  });
})();
