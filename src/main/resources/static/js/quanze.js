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
