// Shows which server the shell is waiting for, to help whoever fixes it.
const server = new URLSearchParams(window.location.search).get('server');
const line = document.getElementById('server-line');
const slot = document.getElementById('server');
if (server && line && slot) {
  slot.textContent = server;
  line.hidden = false;
}
