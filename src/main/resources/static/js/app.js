// Small progressive enhancements; every page works without script.
document.addEventListener('DOMContentLoaded', () => {
  // Confirmation for buttons marked data-confirm (no inline handlers: the CSP forbids them).
  document.querySelectorAll('[data-confirm]').forEach(el => {
    el.addEventListener('click', e => { if (!confirm(el.dataset.confirm)) e.preventDefault(); });
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
  // Auto-refresh of progress panels (data-refresh="seconds").
  document.querySelectorAll('[data-refresh]').forEach(el => {
    setTimeout(() => location.reload(), 1000 * Number(el.dataset.refresh));
  });
});
