// Small progressive enhancements; every page works without script.
document.addEventListener('DOMContentLoaded', () => {
  // Confirmation for buttons marked data-confirm (no inline handlers: the CSP forbids them).
  document.querySelectorAll('[data-confirm]').forEach(el => {
    el.addEventListener('click', e => { if (!confirm(el.dataset.confirm)) e.preventDefault(); });
  });
  // A new record's form whose fields depend on a choice (the vocabulary's list): choosing reloads it with that choice's
  // fields (without script, saving shows them, with what is still to fill in).
  document.querySelectorAll('select[data-reload]').forEach(sel => {
    sel.addEventListener('change', () => { location.href = sel.dataset.reload + encodeURIComponent(sel.value); });
  });
  // Organisation pickers: a search box before the select looks the whole register up as the user types
  // (the select itself lists the first names and the current choice, so the form works without script).
  document.querySelectorAll('select[data-org-picker]').forEach(sel => {
    const box = document.createElement('input');
    box.type = 'search';
    box.className = 'picker-search';
    box.placeholder = 'Gõ để tìm tổ chức (không cần dấu)';
    box.setAttribute('aria-label', 'Tìm tổ chức');
    sel.parentNode.insertBefore(box, sel);
    let timer;
    box.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const res = await fetch('/api/organisations?size=50&q=' + encodeURIComponent(box.value.trim()),
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!res.ok) return;
        const found = (await res.json()).items;
        const keep = sel.value;
        [...sel.options].forEach(o => { if (o.value !== '' && o.value !== keep) o.remove(); });
        found.forEach(o => { if (String(o.id) !== keep) sel.add(new Option(o.name, o.id)); });
        if (found.length === 1 && !keep) sel.value = String(found[0].id);
      }, 250);
    });
  });
  // Enter or the down arrow in an organisation's search box goes to its select instead of sending the form.
  document.querySelectorAll('input.picker-search').forEach(box => {
    const sel = box.nextElementSibling;
    if (!sel || sel.tagName !== 'SELECT') return;
    box.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); sel.focus(); }
    });
  });
  // Document pickers: [data-doc-picker] on a select (one or many documents) or an input (an id; "many": ids
  // separated by commas) becomes a search box with the chosen documents as removable chips.
  let pickers = 0;
  document.querySelectorAll('[data-doc-picker]').forEach(field => docPicker(field, ++pickers));
  // The menu collapses behind a button on a narrow screen (without script it simply stays open).
  const nav = document.querySelector('.topbar nav');
  const toggle = document.querySelector('.topbar .menu-toggle');
  if (nav && toggle) {
    nav.classList.add('collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
  }
  // Auto-refresh of progress panels (data-refresh="seconds").
  document.querySelectorAll('[data-refresh]').forEach(el => {
    setTimeout(() => location.reload(), 1000 * Number(el.dataset.refresh));
  });
});

function docPicker(field, n) {
  const many = field.multiple || field.dataset.docPicker === 'many';
  const isSelect = field.tagName === 'SELECT';
  const base = field.id || 'doc-picker-' + n;
  let chosen = [];
  let found = [];
  let active = -1;
  let timer;
  const wrap = document.createElement('div');
  wrap.className = 'picker';
  const chips = document.createElement('ul');
  chips.className = 'chips';
  chips.setAttribute('aria-label', 'Văn bản đã chọn');
  const box = document.createElement('input');
  box.type = 'search';
  box.id = base + '-search';
  box.className = 'doc-search';
  box.autocomplete = 'off';
  box.placeholder = 'Gõ số, ký hiệu hoặc từ trong trích yếu (không cần dấu)';
  box.setAttribute('aria-label', field.dataset.docLabel || 'Tìm văn bản trong sổ: số, ký hiệu hoặc từ trong trích yếu');
  box.setAttribute('role', 'combobox');
  box.setAttribute('aria-autocomplete', 'list');
  box.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.id = base + '-results';
  list.className = 'picker-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Văn bản tìm được');
  list.hidden = true;
  box.setAttribute('aria-controls', list.id);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  wrap.append(chips, box, list, status);
  field.parentNode.insertBefore(wrap, field);
  // the label around the field names the search box (not the first chip's button, which comes before it)
  const label = field.closest('label');
  if (label && !label.htmlFor) label.htmlFor = box.id;
  field.hidden = true;
  field.tabIndex = -1;

  const write = () => {
    const ids = chosen.map(c => String(c.id));
    if (isSelect) {
      chosen.forEach(c => {
        if (![...field.options].some(o => o.value === String(c.id))) field.add(new Option(c.label, c.id));
      });
      [...field.options].forEach(o => { o.selected = ids.includes(o.value); });
      if (!many && ids.length === 0) field.value = '';
    } else {
      field.value = ids.join(',');
    }
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const renderChips = () => {
    chips.replaceChildren(...chosen.map(c => {
      const li = document.createElement('li');
      li.className = 'chip';
      const text = document.createElement('span');
      text.textContent = c.label;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'chip-remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', 'Bỏ ' + c.label);
      remove.addEventListener('click', () => {
        chosen = chosen.filter(x => x.id !== c.id);
        write();
        renderChips();
        status.textContent = 'Đã bỏ ' + c.label;
        box.focus();
      });
      li.append(text, remove);
      return li;
    }));
    chips.hidden = chosen.length === 0;
  };
  const close = () => {
    list.hidden = true;
    active = -1;
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
  };
  const mark = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      box.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      box.removeAttribute('aria-activedescendant');
    }
  };
  const choose = c => {
    chosen = many ? (chosen.some(x => x.id === c.id) ? chosen : [...chosen, c]) : [c];
    write();
    renderChips();
    box.value = '';
    box.setCustomValidity('');
    close();
    status.textContent = 'Đã chọn ' + c.label;
    box.focus();
  };
  const renderResults = () => {
    list.replaceChildren(...found.map((c, i) => {
      const li = document.createElement('li');
      li.id = base + '-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = c.label;
      if (chosen.some(x => x.id === c.id)) li.classList.add('chosen');
      li.addEventListener('mousedown', e => { e.preventDefault(); choose(c); });
      return li;
    }));
    if (found.length === 0) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = 'Không tìm thấy văn bản nào.';
      list.append(li);
    }
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    mark(found.length > 0 ? 0 : -1);
    status.textContent = found.length === 0 ? 'Không tìm thấy văn bản nào.' : 'Tìm được ' + found.length + ' văn bản.';
  };
  const search = async () => {
    const q = box.value.trim();
    if (q === '') { close(); return; }
    const type = field.dataset.docType ? '&type=' + encodeURIComponent(field.dataset.docType) : '';
    const res = await fetch('/api/documents/choices?q=' + encodeURIComponent(q) + type,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok || box.value.trim() !== q) return;
    found = await res.json();
    renderResults();
  };
  box.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  box.addEventListener('keydown', e => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) { search(); return; }
      mark(Math.min(active + 1, found.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) mark(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      if (open || box.value.trim() !== '') e.preventDefault();
      if (open && active >= 0 && found[active]) choose(found[active]);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); close(); } else if (box.value) { e.preventDefault(); box.value = ''; }
    } else if (e.key === 'Backspace' && box.value === '' && chosen.length > 0) {
      const last = chosen[chosen.length - 1];
      chosen = chosen.slice(0, -1);
      write();
      renderChips();
      status.textContent = 'Đã bỏ ' + last.label;
    }
  });
  box.addEventListener('blur', () => setTimeout(close, 150));
  // a required choice left empty: say so on the search box (the field itself is hidden)
  field.addEventListener('invalid', () => {
    box.setCustomValidity('Cần chọn văn bản.');
    box.reportValidity();
  });

  if (isSelect) {
    chosen = [...field.selectedOptions].filter(o => o.value !== '').map(o => ({ id: Number(o.value), label: o.textContent }));
    renderChips();
  } else {
    const ids = field.value.split(/[,;\s]+/).filter(v => /^\d+$/.test(v));
    renderChips();
    if (ids.length > 0) {
      fetch('/api/documents/choices?ids=' + ids.join(','), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(r => r.ok ? r.json() : [])
        .then(cs => {
          chosen = cs;
          // an id no longer in the register is kept as it was typed, so nothing is lost silently
          ids.filter(id => !cs.some(c => String(c.id) === id)).forEach(id => chosen.push({ id: Number(id), label: 'Mã ' + id }));
          renderChips();
        });
    }
  }
}
