// A confirm dialog before an irreversible action: a form with data-confirm="确认签发……？" submits only when the person
// agrees. One listener for the page, so forms shown later (HTMX) are covered too.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
