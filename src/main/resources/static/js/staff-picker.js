// Staff pickers: an input with data-staff-picker="QUOTA_JUDGE" (a role, or empty for anyone) and list="…" asks the
// server for people of the own court whose name or number contains what was typed, and offers them in its datalist;
// choosing one puts the staff number in the field (a unique name typed in full is accepted by the server too).
(function () {
  var timers = new WeakMap();
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-staff-picker]')) return;
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () {
      var q = input.value.trim();
      var list = document.getElementById(input.getAttribute('list'));
      if (!list || q.length < 1) return;
      var url = input.getAttribute('data-options-url') + '?q=' + encodeURIComponent(q)
        + (input.dataset.staffPicker ? '&role=' + encodeURIComponent(input.dataset.staffPicker) : '');
      fetch(url, {credentials: 'same-origin'}).then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) { list.innerHTML = html; });
    }, 250));
  });
})();
