// The demo page: a person chats as a WhatsApp customer; the page polls what the Twilio fake delivered
// and the calls the application made to each fake.
(function () {
  const chat = document.getElementById('chat');
  const calls = document.getElementById('calls');
  const message = document.getElementById('message');
  const phone = document.getElementById('phone');
  const name = document.getElementById('name');
  let shownChat = '';
  let shownCalls = '';

  function ticks(status) {
    if (status === 'delivered' || status === 'read') return '\u2713\u2713';
    if (status === 'sent') return '\u2713';
    if (status === 'failed' || status === 'undelivered') return '!';
    return '\u25F7';
  }

  function time(at) {
    return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  async function send(text) {
    if (!text.trim()) return;
    message.value = '';
    await fetch('demo/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: phone.value, name: name.value, text: text })
    });
    refresh();
  }

  async function refresh() {
    const [bubbles, recorded] = await Promise.all([
      fetch('demo/conversation?phone=' + encodeURIComponent(phone.value)).then(r => r.json()),
      fetch('demo/calls').then(r => r.json())
    ]);
    const chatKey = JSON.stringify(bubbles);
    if (chatKey !== shownChat) {
      shownChat = chatKey;
      chat.replaceChildren(...bubbles.map(bubble => {
        const div = document.createElement('div');
        div.className = 'bubble ' + bubble.from;
        div.textContent = bubble.text;
        if (bubble.status) div.dataset.status = bubble.status;
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = time(bubble.at) + (bubble.from === 'assistant' ? ' ' : '');
        if (bubble.from === 'assistant') {
          const mark = document.createElement('span');
          mark.className = 'ticks';
          mark.title = bubble.status;
          mark.textContent = ticks(bubble.status);
          meta.appendChild(mark);
        }
        div.appendChild(meta);
        return div;
      }));
      chat.scrollTop = chat.scrollHeight;
    }
    const callsKey = JSON.stringify(recorded);
    if (callsKey !== shownCalls) {
      shownCalls = callsKey;
      calls.replaceChildren(...recorded.map(call => {
        const li = document.createElement('li');
        li.dataset.api = call.api;
        li.dataset.operation = call.operation;
        li.innerHTML = '';
        [['api ' + call.api, call.api], ['operation', call.operation], ['status' + (call.status >= 400 ? ' error' : ''), String(call.status)],
         ['path', call.method + ' ' + call.path], ['time', time(call.at)]].forEach(([cls, text]) => {
          const span = document.createElement('span');
          span.className = cls;
          span.textContent = text;
          li.appendChild(span);
        });
        return li;
      }));
    }
  }

  let scenariosShown = false;

  async function refreshScenarios() {
    const state = await fetch('demo/scenarios').then(r => r.json());
    if (!scenariosShown) {
      // show what the fakes play now, e.g. after a reload
      scenariosShown = true;
      document.getElementById('openai-scenario').value = state.openai;
      document.getElementById('twilio-scenario').value = state.twilio;
      document.getElementById('order-service-scenario').value = state.orderService;
    }
    const breaker = document.getElementById('breaker');
    breaker.textContent = state.llmCircuitBreaker;
    breaker.className = state.llmCircuitBreaker;
    document.getElementById('presence').textContent = state.llmCircuitBreaker === 'CLOSED' ? 'online' : 'assistant resting';
  }

  [['openai', 'openai-scenario'], ['twilio', 'twilio-scenario'], ['order-service', 'order-service-scenario']].forEach(([api, id]) => {
    document.getElementById(id).addEventListener('change', async event => {
      await fetch('demo/scenarios', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ api: api, scenario: event.target.value })
      });
      refreshScenarios();
    });
  });

  document.getElementById('composer').addEventListener('submit', event => {
    event.preventDefault();
    send(message.value);
  });
  document.querySelectorAll('.hint').forEach(hint => hint.addEventListener('click', () => send(hint.textContent)));
  phone.addEventListener('change', refresh);
  refresh();
  setInterval(refresh, 700);
  refreshScenarios();
  setInterval(refreshScenarios, 1000);
})();
