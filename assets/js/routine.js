/*
 * Layerwise routine builder: orders the product types and treatment steps a reader ticks into a
 * morning and an evening routine (each entry's position per routine comes from the build's routine
 * model), says where side steps slot in, notes weekly steps, and checks the ingredient pairs in
 * routine-data.json (written by the build from content/ingredients/ and
 * content/ingredient-pairs.yaml). No dependencies. The pairs are data: this script knows none by name.
 *
 * The form is in the page already (rendered by the build); the stylesheet hides it where scripts
 * do not run, so without JavaScript the reader gets the general order, and this script hides it
 * if its data cannot load. The selection lives in the page address,
 * in the form's own field names, so a routine can be bookmarked and shared.
 */
(function () {
  'use strict';

  var ROUTINES = [
    { key: 'am', label: 'morning' },
    { key: 'pm', label: 'evening' }
  ];

  var form = document.querySelector('form.lw-routine[data-routine]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var status = document.getElementById('lw-routine-status');
  var data = null;

  // The attribute holds a path relative to this page, so the site works under any sub-path.
  fetch(form.getAttribute('data-routine'))
    .then(function (response) {
      if (!response.ok) {
        throw new Error('routine data: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(start)
    .catch(function () {
      // Without its data the form cannot work; the general order below it still stands.
      form.hidden = true;
    });

  function start(json) {
    data = json;
    restore(new URLSearchParams(window.location.search));
    form.querySelectorAll('input[type=checkbox]').forEach(syncFields);
    form.addEventListener('change', function (event) {
      if (event.target.type === 'checkbox') {
        syncFields(event.target);
      }
      render();
      remember();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    render();
    // Marks the builder as working (tests and styles can tell it from the form before its data).
    form.setAttribute('data-ready', '');
  }

  /* Ticks and sets the fields named in the address; unknown names and values are ignored. */
  function restore(params) {
    var ticked = params.getAll('type').concat(params.getAll('ingredient'));
    form.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      box.checked = ticked.indexOf(box.value) >= 0;
    });
    form.querySelectorAll('select').forEach(function (select) {
      var value = params.get(select.name);
      var known = Array.prototype.some.call(select.options, function (option) {
        return option.value === value;
      });
      if (known) {
        select.value = value;
      }
    });
  }

  /* A choice's fields only count while it is ticked; disabled fields also stay out of the address. */
  function syncFields(box) {
    box.closest('.lw-routine__choice').querySelectorAll('select').forEach(function (select) {
      select.disabled = !box.checked;
    });
  }

  function remember() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    window.history.replaceState(null, '', url);
  }

  /* What is ticked: each entry with the routines it is in and whether it is weekly. */
  function selection() {
    var chosen = { types: [], ingredients: [] };
    data.types.forEach(function (type) {
      var box = document.getElementById('lw-routine-type-' + type.id);
      if (box && box.checked) {
        chosen.types.push({
          entry: type,
          times: timesOf('time-' + type.id),
          weekly: fieldValue('often-' + type.id) === 'weekly'
        });
      }
    });
    chosen.ingredients = selectedIngredients();
    return chosen;
  }

  /* The ticked ingredients, each with the routines it is in. */
  function selectedIngredients() {
    return data.ingredients.filter(function (ingredient) {
      var box = document.getElementById('lw-routine-ingredient-' + ingredient.id);
      return box && box.checked;
    }).map(function (ingredient) {
      return { entry: ingredient, times: timesOf('time-' + ingredient.id) };
    });
  }

  function fieldValue(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value : '';
  }

  function timesOf(name) {
    var value = fieldValue(name);
    return value === 'both' ? ['am', 'pm'] : [value];
  }

  function render() {
    var chosen = selection();
    var counts = {};
    ROUTINES.forEach(function (routine) {
      counts[routine.key] = renderRoutine(routine, chosen);
    });
    renderWeekly(chosen);
    var pairs = findPairs(chosen).concat(sunNotes(chosen));
    renderPairs(pairs);
    var nothing = chosen.types.length === 0 && chosen.ingredients.length === 0;
    status.textContent = nothing ? 'Nothing chosen yet.' : summary(counts, pairs);
  }

  /* Fills one routine's ordered list; returns how many steps it has. */
  function renderRoutine(routine, chosen) {
    var steps = chosen.types
      .filter(function (item) { return item.times.indexOf(routine.key) >= 0; })
      .sort(function (a, b) { return a.entry.orders[routine.key] - b.entry.orders[routine.key]; });
    var list = document.getElementById('lw-routine-' + routine.key);
    list.replaceChildren.apply(list, steps.map(function (item) {
      return stepItem(item, routine.key);
    }));
    document.getElementById('lw-routine-' + routine.key + '-empty').hidden = steps.length > 0;

    var ingredients = chosen.ingredients
      .filter(function (item) { return item.times.indexOf(routine.key) >= 0; })
      .map(function (item) { return item.entry.name; });
    var line = document.getElementById('lw-routine-' + routine.key + '-actives');
    line.textContent = 'Ingredients: ' + ingredients.join(', ');
    line.hidden = ingredients.length === 0;
    return steps.length;
  }

  /* One step of the reader's routine: its name, what marks it, and where a side step slots in. */
  function stepItem(item, routineKey) {
    var li = element('li', item.entry.name);
    var mark = item.entry.kind === 'treatment' ? 'treatment'
      : item.weekly ? 'weekly' : item.entry.cadence === 'as-needed' ? 'as needed' : '';
    if (mark) {
      li.appendChild(element('span', ' (' + mark + ')', 'lw-routine__mark'));
    }
    var slot = item.entry.slots[routineKey];
    if (slot) {
      li.appendChild(element('span', ': ' + slot, 'lw-routine__slot'));
    }
    return li;
  }

  function renderWeekly(chosen) {
    var weekly = chosen.types.filter(function (item) { return item.weekly; });
    var list = document.getElementById('lw-routine-weekly-list');
    list.replaceChildren.apply(list, weekly.map(function (item) {
      var usual = item.entry.cadence === 'weekly' ? item.entry.frequency : 'Weekly, as you chose';
      return element('li', item.entry.name + ': ' + usual);
    }));
    document.getElementById('lw-routine-weekly').hidden = weekly.length === 0;
  }

  /*
   * The ingredients in one routine, by id: the ticked ones, plus those a ticked type usually
   * carries (an exfoliant carries an acid), remembering which type brought them.
   */
  function present(routineKey, chosen) {
    var found = {};
    chosen.ingredients.forEach(function (item) {
      if (item.times.indexOf(routineKey) >= 0) {
        found[item.entry.id] = { entry: item.entry, via: null };
      }
    });
    chosen.types.forEach(function (item) {
      if (item.times.indexOf(routineKey) < 0) {
        return;
      }
      data.ingredients.forEach(function (ingredient) {
        if (!found[ingredient.id] && ingredient.types.indexOf(item.entry.id) >= 0) {
          found[ingredient.id] = { entry: ingredient, via: item.entry.name };
        }
      });
    });
    return found;
  }

  /* The first ingredient of `ids` found in a routine, or null. */
  function firstIn(found, ids) {
    for (var i = 0; i < ids.length; i++) {
      if (found[ids[i]]) {
        return found[ids[i]];
      }
    }
    return null;
  }

  /*
   * The pair notes whose two sides share a routine ("same-night" looks at the evening only), one
   * note per entry however many of its ingredients are ticked.
   */
  function findPairs(chosen) {
    var inRoutine = {};
    ROUTINES.forEach(function (routine) {
      inRoutine[routine.key] = present(routine.key, chosen);
    });
    var pairs = [];
    data.pairs.forEach(function (pair) {
      var candidates = pair.when === 'same-night' ? ['pm'] : ['am', 'pm'];
      var shared = candidates.filter(function (key) {
        var first = firstIn(inRoutine[key], pair.first);
        var second = firstIn(inRoutine[key], pair.second);
        return first && second && first.entry.id !== second.entry.id;
      });
      if (shared.length > 0) {
        var found = inRoutine[shared[0]];
        pairs.push({
          pair: pair,
          routines: shared,
          first: firstIn(found, pair.first),
          second: firstIn(found, pair.second)
        });
      }
    });
    // What to act on first: conflicts, then cautions, then reassurances.
    var rank = { conflict: 0, caution: 1, fine: 2, myth: 3 };
    return pairs.sort(function (a, b) { return rank[a.pair.verdict] - rank[b.pair.verdict]; });
  }

  /* A note for each ticked ingredient that makes skin more sensitive to the sun. */
  function sunNotes(chosen) {
    return chosen.ingredients.filter(function (item) { return item.entry.sun; }).map(function (item) {
      return { sun: item.entry };
    });
  }

  function isConflict(note) {
    return !note.sun && note.pair.verdict === 'conflict';
  }

  function isCaution(note) {
    return note.sun || note.pair.verdict === 'caution';
  }

  function renderPairs(pairs) {
    var list = document.getElementById('lw-routine-warnings');
    list.replaceChildren.apply(list, pairs.map(function (note) {
      return note.sun ? sunItem(note.sun) : pairItem(note);
    }));
    document.getElementById('lw-routine-warnings-empty').hidden = pairs.length > 0;
  }

  function pairItem(note) {
    var li = element('li', '', 'lw-routine__warning lw-routine__warning--' + note.pair.verdict);
    var heading = element('p', '', 'lw-routine__warning-title');
    heading.appendChild(element('strong', note.pair.heading + ': ' + note.first.entry.name + ' and '
      + note.second.entry.name));
    heading.appendChild(document.createTextNode(' (both in your ' + routinesText(note.routines) + ')'));
    li.appendChild(heading);
    [note.first, note.second].forEach(function (part) {
      if (part.via) {
        li.appendChild(element('p', 'Counted because ' + part.via + ' usually carries ' + part.entry.name + '.',
          'lw-routine__via'));
      }
    });
    li.appendChild(element('p', note.pair.message));
    li.appendChild(linkLine('The reason and its sources', note.pair.path));
    return li;
  }

  function sunItem(ingredient) {
    var li = element('li', '', 'lw-routine__warning lw-routine__warning--caution');
    li.appendChild(element('p', '', 'lw-routine__warning-title'))
      .appendChild(element('strong', 'Sun: ' + ingredient.name));
    li.appendChild(element('p', ingredient.name + ' makes skin more sensitive to the sun: '
      + 'wear a broad-spectrum sunscreen every morning.'));
    li.appendChild(linkLine('More about ' + ingredient.name + ' and the sun', ingredient.path + '#sun'));
    return li;
  }

  /* A paragraph with one link to a site path (relative to the root, like the data file). */
  function linkLine(text, path) {
    var line = element('p', '', 'lw-routine__sources');
    var link = element('a', text);
    link.href = new URL(path, new URL(form.getAttribute('data-routine'), window.location.href)).href;
    line.appendChild(link);
    return line;
  }

  function routinesText(keys) {
    var labels = ROUTINES.filter(function (routine) { return keys.indexOf(routine.key) >= 0; })
      .map(function (routine) { return routine.label; });
    return labels.length > 1 ? labels.join(' and ') + ' routines' : labels[0] + ' routine';
  }

  function summary(counts, pairs) {
    var conflicts = pairs.filter(isConflict).length;
    var cautions = pairs.filter(isCaution).length;
    var fine = pairs.length - conflicts - cautions;
    var parts = [
      'Morning: ' + plural(counts.am, 'step') + '.',
      'Evening: ' + plural(counts.pm, 'step') + '.'
    ];
    if (conflicts > 0) {
      parts.push(plural(conflicts, 'pair') + ' to keep apart.');
    }
    if (cautions > 0) {
      parts.push(plural(cautions, 'note') + ' to take care with.');
    }
    if (fine > 0) {
      parts.push(plural(fine, 'pair') + ' that ' + (fine === 1 ? 'is' : 'are') + ' fine together.');
    }
    return parts.join(' ');
  }

  function plural(count, word) {
    return count + ' ' + word + (count === 1 ? '' : 's');
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }
})();
