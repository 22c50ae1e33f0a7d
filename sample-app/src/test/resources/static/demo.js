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

  // the calls list shows when each call was made to the millisecond, in the browser's time zone
  function exactTime(at) {
    const date = new Date(at);
    const pad = (n, width) => String(n).padStart(width || 2, '0');
    return pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + '.' + pad(date.getMilliseconds(), 3);
  }

  function span(cls, text) {
    const element = document.createElement('span');
    element.className = cls;
    element.textContent = text;
    return element;
  }

  function body(title, text) {
    const section = document.createElement('div');
    section.className = 'body';
    const heading = document.createElement('h3');
    heading.textContent = title;
    const pre = document.createElement('pre');
    pre.textContent = text || '(empty)';
    section.append(heading, pre);
    return section;
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
        if (bubble.template) {
          div.classList.add('template');
          div.prepend(span('label', 'WhatsApp template'));
        }
        if (bubble.errorCode) {
          const error = span('error', 'Not delivered: Twilio error ' + bubble.errorCode + ' \u2014 ' + bubble.errorMeaning);
          error.dataset.code = bubble.errorCode;
          div.appendChild(error);
        }
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = time(bubble.at) + (bubble.from === 'assistant' ? ' ' : '');
        if (bubble.from === 'assistant') {
          const mark = document.createElement('span');
          mark.className = 'ticks';
          mark.title = bubble.status + (bubble.errorCode ? ' (' + bubble.errorCode + ')' : '');
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
      const open = new Set([...calls.querySelectorAll('details[open]')].map(details => details.dataset.key));
      document.getElementById('calls-count').textContent = recorded.total > recorded.calls.length
        ? 'the newest ' + recorded.calls.length + ' of ' + recorded.total
        : recorded.total + (recorded.total === 1 ? ' call' : ' calls');
      calls.replaceChildren(...recorded.calls.map(call => {
        const li = document.createElement('li');
        li.dataset.api = call.api;
        li.dataset.operation = call.operation;
        li.dataset.status = call.status;
        const details = document.createElement('details');
        details.dataset.key = call.at + ' ' + call.api + ' ' + call.method + ' ' + call.path;
        details.open = open.has(details.dataset.key);
        const summary = document.createElement('summary');
        summary.append(
          span('time', exactTime(call.at)),
          span('api ' + call.api, call.api),
          span('operation', call.operation),
          span('status' + (call.status >= 400 ? ' error' : ''), String(call.status)),
          span('path', call.method + ' ' + call.path));
        details.appendChild(summary);
        if (call.error) details.appendChild(span('call-error', call.error));
        details.append(body('Request', call.request), body('Response', call.response));
        li.appendChild(details);
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
