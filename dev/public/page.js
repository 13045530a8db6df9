// The playground's document view: renders DocJson with DOM text nodes, runs menu items, hosts the add-on's pages.
/* global window, document */
(function () {
  'use strict';
  const HEADINGS = {
    HEADING1: 'h1',
    HEADING2: 'h2',
    HEADING3: 'h3',
    HEADING4: 'h4',
    HEADING5: 'h5',
    HEADING6: 'h6',
  };
  const docEl = document.getElementById('doc');
  const extensions = document.getElementById('extensions');
  const menuEl = document.getElementById('extensions-menu');

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body || {}),
    }).then(r => {
      return r.json();
    });
  }

  function toast(text) {
    const el = document.getElementById('toast');
    el.textContent = text;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => {
      el.hidden = true;
    }, 6000);
  }

  /** Text split at every link, bold and italic boundary, each piece wrapped in its styles. */
  function runs(block) {
    const text = block.text || '';
    let cuts = [0, text.length];
    const spans = [].concat(
      block.links || [],
      block.bold || [],
      block.italic || [],
      block.colors || [],
    );
    spans.forEach(s => {
      cuts.push(s.start, s.end);
    });
    cuts = cuts
      .filter((c, i, all) => {
        return c >= 0 && c <= text.length && all.indexOf(c) === i;
      })
      .sort((a, b) => {
        return a - b;
      });
    const frag = document.createDocumentFragment();
    function covering(list, at) {
      return (list || []).filter(s => {
        return s.start <= at && at < s.end;
      })[0];
    }
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i];
      let node = document.createTextNode(text.slice(start, cuts[i + 1]));
      const color = covering(block.colors, start);
      if (color) {
        const span = document.createElement('span');
        span.style.color = color.color;
        span.appendChild(node);
        node = span;
      }
      if (covering(block.italic, start)) {
        const em = document.createElement('em');
        em.appendChild(node);
        node = em;
      }
      if (covering(block.bold, start)) {
        const strong = document.createElement('strong');
        strong.appendChild(node);
        node = strong;
      }
      const link = covering(block.links, start);
      if (link) {
        const a = document.createElement('a');
        a.href = link.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.appendChild(node);
        node = a;
      }
      frag.appendChild(node);
    }
    return frag;
  }

  function blockElement(block) {
    let el;
    if (block.type === 'table') {
      el = document.createElement('table');
      block.rows.forEach(row => {
        const tr = el.insertRow();
        row.forEach(cell => {
          tr.insertCell().textContent = cell;
        });
      });
      return el;
    }
    if (block.type === 'listItem') {
      const nesting = block.nesting || 0;
      el = document.createElement('div');
      el.className = 'li n' + (nesting % 3);
      el.style.marginLeft = 24 * (nesting + 1) + 'px';
    } else if (block.heading === 'TITLE') {
      el = document.createElement('h1');
      el.className = 'doc-title-block';
    } else if (block.heading === 'SUBTITLE') {
      el = document.createElement('p');
      el.className = 'doc-subtitle';
    } else {
      el = document.createElement(HEADINGS[block.heading] || 'p');
    }
    el.appendChild(runs(block));
    return el;
  }

  /**
   * The blocks drawn last, each with its JSON: a redraw keeps the element of
   * every block whose JSON did not change, so Chromium restyles and lays out
   * only what a run changed (a full redraw of a 3,900-entry doc costs the
   * browser tests most of their Chromium time). The DOM it leaves is the one
   * a full redraw would make.
   */
  let drawn = [];

  /** Each block's element: the one drawn last for the same JSON, else a new one. */
  function blockElements(body) {
    const spare = new Map();
    drawn.forEach(d => {
      if (!spare.has(d.key)) spare.set(d.key, []);
      spare.get(d.key).push(d.el);
    });
    const next = body.map(block => {
      const key = JSON.stringify(block);
      const reused = spare.get(key);
      const el = reused && reused.length ? reused.shift() : blockElement(block);
      return {key: key, el: el};
    });
    drawn = next;
    return next.map(d => {
      return d.el;
    });
  }

  /** Puts `els` in docEl in order, moving only the elements out of place. */
  function placeChildren(els) {
    const keep = new Set(els);
    Array.from(docEl.childNodes).forEach(child => {
      if (!keep.has(child)) child.remove();
    });
    let at = docEl.firstChild;
    els.forEach(el => {
      if (el === at) at = at.nextSibling;
      else docEl.insertBefore(el, at);
    });
  }

  /** The version of the state drawn last (/api/state's `version`), which `refresh` sends back as `since`. */
  let drawnVersion = null;

  function renderDoc(state) {
    drawnVersion = state.version;
    document.getElementById('doc-title').textContent =
      state.doc.title || 'Untitled document';
    document.getElementById('arxiv-mode').textContent = state.arxiv;
    const els = blockElements(state.doc.body);
    let first = null;
    const sel = state.selection;
    els.forEach((el, index) => {
      el.dataset.index = String(index);
      const selected = !!sel && index >= sel.start && index <= sel.end;
      el.classList.toggle('selected', selected);
      if (!el.classList.length) el.removeAttribute('class');
      if (selected && !first) first = el;
    });
    placeChildren(els);
    if (first) first.scrollIntoView({block: 'center'});
    renderMenu(state.menus);
  }

  function renderMenu(menus) {
    menuEl.replaceChildren();
    menus.forEach(menu => {
      const caption = document.createElement('div');
      caption.className = 'menu-caption';
      caption.textContent = menu.caption;
      menuEl.appendChild(caption);
      menu.items.forEach(item => {
        if (item.separator) {
          menuEl.appendChild(document.createElement('hr'));
          return;
        }
        if (!item.functionName) return;
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('role', 'menuitem');
        button.textContent = item.caption;
        button.dataset.function = item.functionName;
        button.addEventListener('click', () => {
          runMenuItem(item.functionName);
        });
        menuEl.appendChild(button);
      });
    });
  }

  /** Redraws from /api/state, unless the server says the state drawn last is still current. */
  function refresh() {
    const since =
      drawnVersion === null || drawnVersion === undefined
        ? ''
        : '?since=' + encodeURIComponent(drawnVersion);
    return fetch('/api/state' + since)
      .then(r => {
        return r.json();
      })
      .then(state => {
        if (!state.unchanged) renderDoc(state);
      });
  }

  function setMenuOpen(open) {
    menuEl.hidden = !open;
    extensions.setAttribute('aria-expanded', String(open));
    if (open) {
      const firstItem = menuEl.querySelector('button');
      if (firstItem) firstItem.focus();
    }
  }

  function open(shown) {
    const url = '/html/' + shown.id;
    if (shown.kind === 'sidebar') {
      document.getElementById('sidebar-title').textContent = shown.title;
      document.getElementById('sidebar-frame').src = url;
      document.getElementById('sidebar').hidden = false;
    } else {
      const frame = document.getElementById('modal-frame');
      frame.style.width = (shown.width || 600) + 'px';
      frame.style.height =
        Math.min(shown.height || 400, window.innerHeight - 60) + 'px';
      document.getElementById('modal-title').textContent = shown.title;
      // Docs gives a new dialog the keyboard focus; the page inside then focuses its own first field.
      frame.addEventListener(
        'load',
        () => {
          frame.contentWindow.focus();
        },
        {once: true},
      );
      frame.src = url;
      document.getElementById('modal').hidden = false;
    }
  }

  function closeModal() {
    document.getElementById('modal').hidden = true;
    document.getElementById('modal-frame').src = 'about:blank';
  }

  const BUTTON_LABELS = {OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No'};

  /** Shows a question as Docs does (a modal alert with its buttons) and passes the button clicked on. */
  function ask(question, answered) {
    const box = document.getElementById('alert');
    document.getElementById('alert-title').textContent = question.title;
    document.getElementById('alert-text').textContent = question.prompt;
    const buttons = document.getElementById('alert-buttons');
    buttons.textContent = '';
    question.buttons.forEach((name, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = i === 0 ? 'primary' : '';
      button.dataset.answer = name;
      button.textContent = BUTTON_LABELS[name] || name;
      button.addEventListener('click', () => {
        box.hidden = true;
        answered(name);
      });
      buttons.appendChild(button);
    });
    box.hidden = false;
    buttons.firstChild.focus();
  }

  /** A long alert as a report: its first line as the summary, the rest on request, a Copy button, until closed. */
  function showReport(title, text) {
    const lines = text.split('\n');
    document.getElementById('report-title').textContent = title || 'Report';
    document.getElementById('report-summary').textContent = lines[0];
    document.getElementById('report-details-text').textContent = lines
      .slice(1)
      .join('\n')
      .trim();
    document.getElementById('report-details').open = false;
    document.getElementById('report-status').textContent = '';
    document.getElementById('report').dataset.text = text;
    document.getElementById('report').hidden = false;
    document.getElementById('report-copy').focus();
  }

  function copyReport() {
    const text = document.getElementById('report').dataset.text || '';
    const status = document.getElementById('report-status');
    const done = ok => {
      status.textContent = ok
        ? 'Copied to the clipboard.'
        : 'Select the details and press Ctrl+C (⌘+C) to copy.';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        () => done(true),
        () => done(false),
      );
    } else {
      done(false);
    }
  }

  /** Runs a menu item; a question it asks is shown, and the item runs again with the answer. */
  function runMenuItem(functionName, answers) {
    setMenuOpen(false);
    const given = answers || [];
    post('/api/menu', {functionName: functionName, answers: given}).then(
      answer => {
        if (!answer.ok) {
          toast(answer.error);
          return;
        }
        answer.opened.forEach(open);
        answer.alerts.forEach(a => {
          // A report of several lines (the self-test's) stays until dismissed: a toast would take it away.
          if (/\n/.test(a.prompt || '')) showReport(a.title, a.prompt);
          else toast((a.title ? a.title + ': ' : '') + a.prompt);
        });
        if (answer.question) {
          ask(answer.question, button => {
            runMenuItem(functionName, given.concat([button]));
          });
        }
        return refresh();
      },
    );
  }

  extensions.addEventListener('click', () => {
    setMenuOpen(menuEl.hidden);
  });
  document.addEventListener('click', e => {
    if (!menuEl.hidden && !e.target.closest('.menu-wrap')) setMenuOpen(false);
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !menuEl.hidden) setMenuOpen(false);
  });
  document.getElementById('sidebar-close').addEventListener('click', () => {
    document.getElementById('sidebar').hidden = true;
  });
  document.getElementById('modal-close').addEventListener('click', closeModal);
  document.getElementById('report-copy').addEventListener('click', copyReport);
  document.getElementById('report-close').addEventListener('click', () => {
    document.getElementById('report').hidden = true;
  });
  document.getElementById('reset').addEventListener('click', () => {
    post('/api/reset')
      .then(renderDoc)
      .then(() => {
        toast('The document was reset to the sample.');
      });
  });
  window.addEventListener('message', e => {
    if (!e.data || typeof e.data.type !== 'string') return;
    if (e.data.type === 'paper-haul:close') closeModal();
    if (e.data.type === 'paper-haul:ran') refresh();
    if (e.data.type === 'paper-haul:opened') e.data.opened.forEach(open);
  });
  refresh();
})();
