// Preview only (the preview server serves it; a published build never links it): reloads the
// page when the preview server has rebuilt the site and, while the last rebuild failed, shows its
// problems over the page. Problems are the editor's own text: they go in as text nodes, never HTML.
(function () {
  "use strict";
  var root = document.currentScript.getAttribute("src").replace(/__layerwise\/live-reload\.js$/, "");
  var panel = null;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function stylesheet() {
    if (document.getElementById("lw-build-problems-style")) {
      return;
    }
    var link = element("link");
    link.id = "lw-build-problems-style";
    link.rel = "stylesheet";
    link.href = root + "__layerwise/problems.css";
    document.head.appendChild(link);
  }

  function hide() {
    if (!panel) {
      return;
    }
    var hadFocus = panel.contains(document.activeElement);
    panel.remove();
    panel = null;
    var main = document.getElementById("lw-main");
    if (hadFocus && main) {
      main.focus();
    }
  }

  function show(problems) {
    hide();
    if (!problems || problems.length === 0) {
      return;
    }
    stylesheet();
    panel = element("section", "lw-build-problems");
    panel.id = "lw-build-problems";
    panel.setAttribute("role", "alert");
    panel.setAttribute("aria-labelledby", "lw-build-problems-title");
    var heading = element("h2", "lw-build-problems__title", "The last save did not build: "
        + problems.length + (problems.length === 1 ? " problem" : " problems"));
    heading.id = "lw-build-problems-title";
    var close = element("button", "lw-build-problems__close", "Hide (Esc)");
    close.type = "button";
    close.addEventListener("click", hide);
    var top = element("div", "lw-build-problems__top");
    top.appendChild(heading);
    top.appendChild(close);
    panel.appendChild(top);
    panel.appendChild(element("p", "lw-build-problems__note",
        "This page is the last good build. Fix the problems below and save; this box goes away when the site builds."));
    var list = element("ul", "lw-build-problems__list");
    problems.forEach(function (problem) {
      var item = element("li");
      var where;
      if (problem.page) {
        where = element("a", "lw-build-problems__where", problem.location);
        where.href = root + problem.page;
      } else {
        where = element("code", "lw-build-problems__where", problem.location);
      }
      item.appendChild(where);
      item.appendChild(document.createTextNode(": " + problem.message));
      list.appendChild(item);
    });
    panel.appendChild(list);
    document.body.insertBefore(panel, document.body.firstChild);
  }

  function refresh() {
    fetch(root + "__layerwise/problems", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (answer) { show(answer.problems); })
      .catch(function () { /* the server is gone: keep what is shown */ });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel) {
      hide();
    }
  });
  var events = new EventSource(root + "__layerwise/events");
  events.addEventListener("reload", function () { window.location.reload(); });
  events.addEventListener("problems", refresh);
  // on connecting (and reconnecting): whatever happened while not listening
  events.addEventListener("open", refresh);
})();
