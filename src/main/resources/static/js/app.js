// Small progressive enhancements; every page works without script.
document.addEventListener('DOMContentLoaded', () => {
  // Confirmation for buttons marked data-confirm (no inline handlers: the CSP forbids them).
  document.querySelectorAll('[data-confirm]').forEach(el => {
    el.addEventListener('click', e => { if (!confirm(el.dataset.confirm)) e.preventDefault(); });
  });
  // Auto-refresh of progress panels (data-refresh="seconds").
  document.querySelectorAll('[data-refresh]').forEach(el => {
    setTimeout(() => location.reload(), 1000 * Number(el.dataset.refresh));
  });
});
