// Send the CSRF token with every HTMX request.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name=_csrf]");
  var header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) event.detail.headers[header.content] = token.content;
});
// Show refusals (4xx) in the target instead of ignoring them.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status >= 400 && event.detail.xhr.status < 500) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// platform: a button marked data-print prints the page (no inline handler: the Content-Security-Policy forbids them)
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) window.print();
});
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
// Layout (issue 9): "返回上一页" goes back, or to the workbench when there is nothing to go back to; the success
// message closes on a click. No inline handlers, so a strict Content-Security-Policy keeps working.
document.addEventListener("click", function (event) {
  var back = event.target.closest("[data-back]");
  if (back) {
    event.preventDefault();
    if (window.history.length > 1) window.history.back(); else window.location.href = back.getAttribute("data-home") || "/";
  }
  var flash = event.target.closest("#flash");
  if (flash) flash.remove();
});
