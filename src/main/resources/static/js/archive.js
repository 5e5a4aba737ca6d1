// Suggestions for persons and documents while typing in the search box (progressive
// enhancement: the search form works without it). The ARIA combobox pattern: the list is
// a listbox whose options are chosen with the arrow keys and Enter, closed with Escape;
// focus stays in the box, the chosen option is its aria-activedescendant. Every text comes
// from the page (data-* attributes set from the message files), in the reader's language.
(function () {
  var input = document.getElementById('site-q');
  if (!input || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.id = 'site-q-suggestions';
  list.className = 'suggestions';
  list.hidden = true;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.getAttribute('data-suggestions-label'));
  var status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  var items = [];
  var active = -1;
  var timer;
  var asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(index) {
    var options = list.children;
    if (active >= 0 && options[active]) { options[active].setAttribute('aria-selected', 'false'); }
    active = index;
    if (index < 0) { input.removeAttribute('aria-activedescendant'); return; }
    options[index].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  }

  function part(className, text) {
    var span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  }

  function show(found) {
    items = found;
    list.innerHTML = '';
    active = -1;
    found.forEach(function (item, i) {
      var li = document.createElement('li');
      li.id = list.id + '-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-url', item.url);
      li.appendChild(part('suggestion-kind', input.getAttribute('data-kind-' + item.kind) || item.kind));
      li.appendChild(part('suggestion-name', item.label));
      if (item.detail) { li.appendChild(part('suggestion-detail', item.detail)); }
      // mousedown, not click: the box must not lose focus (and close the list) first
      li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = item.url; });
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', found.length > 0 ? 'true' : 'false');
    status.textContent = found.length > 0
      ? input.getAttribute('data-suggestions-count').replace('{0}', found.length) : '';
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      var ask = ++asked;
      fetch(input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { if (ask === asked) { show(found); } })
        .catch(close);
    }, 150);
  });

  input.addEventListener('keydown', function (e) {
    var open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'Down') {
      if (!open && items.length > 0) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      if (items.length > 0) { choose((active + 1) % items.length); e.preventDefault(); }
    } else if (e.key === 'ArrowUp' || e.key === 'Up') {
      if (open) { choose(active <= 0 ? items.length - 1 : active - 1); e.preventDefault(); }
    } else if (e.key === 'Enter') {
      // Enter on a chosen suggestion opens it; otherwise the form searches as typed
      if (open && active >= 0) { e.preventDefault(); window.location.href = items[active].url; }
    } else if (e.key === 'Escape' || e.key === 'Esc') {
      if (open) { e.preventDefault(); close(); }
    } else if (e.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', close);
})();
