/*
 * Layerwise search: finds articles, product types, questions and glossary terms in
 * search-index.json (written by the build) as the reader types. No dependencies.
 *
 * Every word of the query must appear in an entry's title or text; case and accents are ignored.
 * Entries with more query words in their title come first, then the index's own order.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 20;
  var DELAY_MS = 150;
  var BEFORE_MATCH = 60;
  var SNIPPET_LENGTH = 200;
  var MARKS = /[\u0300-\u036f]/g;
  var WORD_BREAK = /[^\p{L}\p{N}]+/u;

  var form = document.querySelector('form.lw-search[data-index]');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('lw-search-status');
  var list = document.getElementById('lw-search-results');
  // The attribute holds a path relative to this page, so the site works under any sub-path.
  var indexPath = form.getAttribute('data-index');
  var root = indexPath.replace(/[^/]*$/, '');
  var entries = null;
  var timer = 0;

  /* One character folded for comparison: lower case, accents dropped. May give "" or several. */
  function foldChar(ch) {
    return ch.toLowerCase().normalize('NFD').replace(MARKS, '');
  }

  /* The folded text, with where each folded character came from in the original. */
  function foldWithMap(text) {
    var folded = '';
    var from = [];
    var to = [];
    var at = 0;
    for (var ch of text) {
      var f = foldChar(ch);
      for (var i = 0; i < f.length; i++) {
        from.push(at);
        to.push(at + ch.length);
      }
      folded += f;
      at += ch.length;
    }
    return { text: folded, from: from, to: to };
  }

  function fold(text) {
    return foldWithMap(text).text;
  }

  function words(query) {
    return fold(query).split(WORD_BREAK).filter(function (w) { return w.length > 0; });
  }

  function prepare(raw) {
    return raw.map(function (entry, order) {
      return { entry: entry, order: order, title: fold(entry.title), text: fold(entry.text) };
    });
  }

  function search(query) {
    var wanted = words(query);
    if (wanted.length === 0) {
      return [];
    }
    var whole = wanted.join(' ');
    var found = [];
    entries.forEach(function (item) {
      var inTitle = 0;
      for (var i = 0; i < wanted.length; i++) {
        if (item.title.indexOf(wanted[i]) >= 0) {
          inTitle++;
        } else if (item.text.indexOf(wanted[i]) < 0) {
          return;
        }
      }
      var score = inTitle * 10 + (inTitle === wanted.length ? 50 : 0)
        + (item.title.indexOf(whole) === 0 ? 20 : 0) + (item.title === whole ? 100 : 0);
      found.push({ item: item, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.item.order - b.item.order; });
    return found.map(function (f) { return f.item.entry; });
  }

  /* Ranges [start, end) in the original text where any wanted word occurs. */
  function matches(map, wanted) {
    var ranges = [];
    wanted.forEach(function (word) {
      var at = map.text.indexOf(word);
      while (at >= 0) {
        ranges.push([map.from[at], map.to[at + word.length - 1]]);
        at = map.text.indexOf(word, at + word.length);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    return ranges.filter(function (range, i) { return i === 0 || range[0] >= ranges[i - 1][1]; });
  }

  /* Text with its matches marked, as nodes to append. */
  function marked(text, ranges, start, end) {
    var nodes = [];
    var at = start;
    ranges.forEach(function (range) {
      if (range[0] < at || range[1] > end) {
        return;
      }
      nodes.push(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range[0], range[1]);
      nodes.push(mark);
      at = range[1];
    });
    nodes.push(document.createTextNode(text.slice(at, end)));
    return nodes;
  }

  /* A stretch of the entry's text around its first match, cut at spaces. */
  function snippet(text, wanted) {
    var ranges = matches(foldWithMap(text), wanted);
    var start = 0;
    if (ranges.length > 0 && ranges[0][0] > BEFORE_MATCH) {
      var space = text.indexOf(' ', ranges[0][0] - BEFORE_MATCH);
      start = space >= 0 && space < ranges[0][0] ? space + 1 : ranges[0][0];
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(' ', end);
      end = lastSpace > start ? lastSpace : end;
    }
    var p = document.createElement('p');
    p.className = 'lw-search__snippet';
    if (start > 0) {
      p.appendChild(document.createTextNode('… '));
    }
    marked(text, ranges, start, end).forEach(function (node) { p.appendChild(node); });
    if (end < text.length) {
      p.appendChild(document.createTextNode(' …'));
    }
    return p;
  }

  function resultItem(entry, wanted) {
    var li = document.createElement('li');
    li.className = 'lw-search__result';
    var heading = document.createElement('p');
    heading.className = 'lw-search__title';
    var link = document.createElement('a');
    link.href = root + entry.path;
    marked(entry.title, matches(foldWithMap(entry.title), wanted), 0, entry.title.length)
      .forEach(function (node) { link.appendChild(node); });
    var kind = document.createElement('span');
    kind.className = 'lw-search__kind';
    kind.textContent = entry.kind;
    heading.appendChild(link);
    heading.appendChild(document.createTextNode(' '));
    heading.appendChild(kind);
    li.appendChild(heading);
    li.appendChild(snippet(entry.text, wanted));
    return li;
  }

  function announce(query, total) {
    var quoted = '“' + query.trim() + '”';
    if (total === 0) {
      status.textContent = 'No results for ' + quoted + '.';
    } else if (total <= MAX_RESULTS) {
      status.textContent = total + (total === 1 ? ' result' : ' results') + ' for ' + quoted + '.';
    } else {
      status.textContent = total + ' results for ' + quoted + '; showing the first ' + MAX_RESULTS + '.';
    }
  }

  function keepInAddress(query) {
    var url = new URL(window.location.href);
    if (query.trim()) {
      url.searchParams.set('q', query);
    } else {
      url.searchParams.delete('q');
    }
    history.replaceState(history.state, '', url.toString());
  }

  function show(query) {
    keepInAddress(query);
    var wanted = words(query);
    list.textContent = '';
    if (wanted.length === 0) {
      status.textContent = '';
      return;
    }
    var found = search(query);
    found.slice(0, MAX_RESULTS).forEach(function (entry) { list.appendChild(resultItem(entry, wanted)); });
    announce(query, found.length);
  }

  function run() {
    window.clearTimeout(timer);
    if (entries) {
      show(input.value);
    }
  }

  /* Up and down arrows move between the input and the result links; Tab works as usual. */
  function move(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var current = links.indexOf(document.activeElement);
    var next = current + (event.key === 'ArrowDown' ? 1 : -1);
    if (document.activeElement === input) {
      next = event.key === 'ArrowDown' ? 0 : -1;
    }
    if (next >= 0 && next < links.length) {
      links[next].focus();
      event.preventDefault();
    } else if (next < 0 && document.activeElement !== input) {
      input.focus();
      event.preventDefault();
    }
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DELAY_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener('keydown', move);
  list.addEventListener('keydown', move);

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  status.textContent = input.value.trim() ? 'Loading the search index…' : '';
  fetch(indexPath)
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (raw) {
      entries = prepare(raw);
      form.setAttribute('data-ready', '');
      run();
    })
    .catch(function () {
      status.textContent = 'Search could not load its index. Try reloading the page, '
        + 'or browse the product types, articles, FAQ and glossary from the menu.';
    });
})();
