// The demo venue's own script (not part of Repère): it lists every message
// the widget sends and can send the two host messages. A venue's page checks
// origin and source exactly like this before reading a message.
(function () {
  const panel = document.createElement('section');
  panel.className = 'demo-tools';
  panel.setAttribute('aria-labelledby', 'events-title');
  panel.innerHTML = `<h2 id="events-title">Messages reçus du widget</h2>
    <p>Ce que la page de la médiathèque reçoit, dans l'ordre (protocole <code>repere: 1</code>).</p>
    <div class="demo-buttons">
      <button type="button" id="send-reset">Envoyer « reset »</button>
      <button type="button" id="send-english">Envoyer « configure » (anglais)</button>
    </div>
    <ol id="events"></ol>`;
  document.querySelector('main').append(panel);
  const log = document.getElementById('events');
  const frame = () => document.querySelector('iframe[data-repere]');
  const widgetOrigin = () => new URL(frame().src).origin;
  window.addEventListener('message', (event) => {
    const iframe = frame();
    if (!iframe || event.origin !== widgetOrigin() || event.source !== iframe.contentWindow) return;
    const message = event.data;
    if (!message || message.repere !== 1) return;
    // With embed.js the iframe is sized for us; a plain iframe sizes itself here.
    if (document.body.dataset.resize === 'self' && message.type === 'resize' && message.height > 0) {
      iframe.style.height = `${Math.ceil(message.height)}px`;
    }
    const item = document.createElement('li');
    item.dataset.type = message.type;
    const code = document.createElement('code');
    code.textContent = JSON.stringify(message);
    item.append(code);
    log.append(item);
  });
  const send = (message) => frame()?.contentWindow.postMessage(message, widgetOrigin());
  document.getElementById('send-reset').addEventListener('click', () => send({ repere: 1, type: 'reset' }));
  document.getElementById('send-english').addEventListener('click', () => send({ repere: 1, type: 'configure', lang: 'en' }));
})();
