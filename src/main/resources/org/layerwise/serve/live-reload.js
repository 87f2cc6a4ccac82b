// Preview only: reloads the page when the preview server has rebuilt the site.
(function () {
  var root = document.currentScript.getAttribute("src").replace(/__layerwise\/live-reload\.js$/, "");
  var events = new EventSource(root + "__layerwise/events");
  events.addEventListener("reload", function () { window.location.reload(); });
})();
