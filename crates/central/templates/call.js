// The video call in the browser, on the citizen's phone (crate::calls::phone) and on
// the clerk's call page in the back office (crate::web::calls): joins the call's room
// on the city's video platform (Janus's VideoRoom over its HTTP API, long-polled),
// sends camera and microphone, and shows the other side as soon as it publishes. The
// page gives the room, its PIN and every text in data attributes; nothing is stored.
// On the phone, documents handed in during the call are sent without leaving the page
// (which would end the call): the upload page's answer is shown in place.
'use strict';

(() => {
  const documents = document.querySelector('form[data-documents]');
  documents?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = document.querySelector('.call-documents-answer');
    const send = documents.querySelector('button[type="submit"]');
    send.disabled = true;
    try {
      const response = await fetch(documents.action, { method: 'POST', body: new FormData(documents) });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      answer.replaceChildren(...page.querySelectorAll('main .kern-alert'));
      documents.reset();
    } catch (error) {
      console.error(error);
    } finally {
      send.disabled = false;
    }
  });

  const root = document.querySelector('[data-janus]');
  if (!root) return;
  const api = root.dataset.janus;
  const room = Number(root.dataset.room);
  const pin = root.dataset.pin;
  const texts = root.querySelector('[data-texts]').dataset;
  const status = root.querySelector('.call-state');
  const localVideo = root.querySelector('.call-local');
  const remoteVideo = root.querySelector('.call-remote');
  const button = (action) => root.querySelector(`[data-action="${action}"]`);
  /** The connections, for the browser's diagnostics (and the tests' getStats). */
  root.connections = {};
  let session = null;
  let media = null;
  let ended = false;
  let peerFeed = null;

  const show = (key) => {
    status.textContent = texts[key];
  };

  const transaction = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

  async function send(path, message) {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...message, transaction: transaction() }),
    });
    const reply = await response.json();
    if (reply.janus === 'error') throw new Error(reply.error.reason);
    return reply;
  }

  const attach = async () => (await send(`/${session}`, { janus: 'attach', plugin: 'janus.plugin.videoroom' })).data.id;

  const message = (handle, body, jsep) => send(`/${session}/${handle}`, { janus: 'message', body, jsep });

  function gathered(connection) {
    return new Promise((resolve) => {
      if (connection.iceGatheringState === 'complete') return resolve();
      connection.addEventListener('icegatheringstatechange', () => {
        if (connection.iceGatheringState === 'complete') resolve();
      });
    });
  }

  /** Sends camera and microphone into the room. */
  async function publish() {
    const handle = await attach();
    const connection = new RTCPeerConnection();
    root.connections.sending = connection;
    media.getTracks().forEach((track) => connection.addTrack(track, media));
    await connection.setLocalDescription(await connection.createOffer());
    await gathered(connection);
    handlers[handle] = (data, jsep) => {
      if (jsep) connection.setRemoteDescription(jsep).catch(fail);
      if (data.videoroom === 'joined') show('waiting');
      const others = data.publishers || [];
      if (!peerFeed && others.length > 0) receive(others[0].id).catch(fail);
      if (data.unpublished !== undefined && data.unpublished === peerFeed) peerLeft();
      if (data.leaving !== undefined && data.leaving === peerFeed) peerLeft();
      if (data.videoroom === 'destroyed') end();
    };
    await message(
      handle,
      { request: 'joinandconfigure', ptype: 'publisher', room, pin, display: root.dataset.name },
      connection.localDescription,
    );
  }

  /** Shows the other side's feed. */
  async function receive(feed) {
    peerFeed = feed;
    const handle = await attach();
    const connection = new RTCPeerConnection();
    root.connections.receiving = connection;
    const stream = new MediaStream();
    connection.addEventListener('track', (event) => {
      stream.addTrack(event.track);
      remoteVideo.srcObject = stream;
    });
    connection.addEventListener('connectionstatechange', () => {
      if (connection.connectionState === 'connected') show('talking');
    });
    handlers[handle] = async (data, jsep) => {
      if (!jsep) return;
      try {
        await connection.setRemoteDescription(jsep);
        await connection.setLocalDescription(await connection.createAnswer());
        await gathered(connection);
        await message(handle, { request: 'start', room }, connection.localDescription);
      } catch (error) {
        fail(error);
      }
    };
    await message(handle, { request: 'join', ptype: 'subscriber', room, pin, streams: [{ feed }] });
  }

  function peerLeft() {
    peerFeed = null;
    root.connections.receiving?.close();
    remoteVideo.srcObject = null;
    if (!ended) show('left');
  }

  /** Ends the call on this side: the platform closed the room or the citizen hung up. */
  function end() {
    if (ended) return;
    ended = true;
    Object.values(root.connections).forEach((connection) => connection.close());
    media?.getTracks().forEach((track) => track.stop());
    localVideo.srcObject = null;
    remoteVideo.srcObject = null;
    root.querySelector('.call-videos').hidden = true;
    if (session) send(`/${session}`, { janus: 'destroy' }).catch(() => {});
    root.querySelectorAll('[data-action]').forEach((control) => {
      control.hidden = true;
    });
    show('ended');
  }

  function fail(error) {
    if (ended) return;
    console.error(error);
    show('failed');
  }

  const handlers = {};

  /** Hands the platform's events to the handle they are for, until the call ends. */
  async function listen() {
    while (!ended) {
      let event;
      try {
        const response = await fetch(`${api}/${session}?maxev=1&rid=${Date.now()}`);
        event = await response.json();
      } catch (error) {
        fail(error);
        return;
      }
      if (event.janus === 'event') {
        handlers[event.sender]?.(event.plugindata?.data ?? {}, event.jsep);
      } else if (event.janus === 'error' && event.error?.code === 458) {
        fail(new Error('session gone'));
        return;
      }
    }
  }

  async function start() {
    if (!window.RTCPeerConnection || !navigator.mediaDevices?.getUserMedia) {
      show('unsupported');
      return;
    }
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
    } catch {
      show('noCamera');
      return;
    }
    localVideo.srcObject = media;
    root.querySelector('.call-videos').hidden = false;
    button('start').hidden = true;
    for (const control of ['mute', 'camera', 'hang-up']) {
      if (button(control)) button(control).hidden = false;
    }
    show('connecting');
    try {
      session = (await send('', { janus: 'create' })).data.id;
      setInterval(() => {
        if (!ended) send(`/${session}`, { janus: 'keepalive' }).catch(() => {});
      }, 25000);
      listen();
      await publish();
    } catch (error) {
      fail(error);
    }
  }

  /** A button that switches a kind of track on and off, and names what it does next. */
  function toggle(action, kind) {
    const control = button(action);
    if (!control) return;
    control.addEventListener('click', () => {
      const tracks = media?.getTracks().filter((track) => track.kind === kind) ?? [];
      const on = !tracks.some((track) => track.enabled);
      tracks.forEach((track) => {
        track.enabled = on;
      });
      control.querySelector('.kern-label').textContent = on ? control.dataset.off : control.dataset.on;
      control.setAttribute('aria-pressed', String(!on));
    });
  }

  button('start').addEventListener('click', start);
  toggle('mute', 'audio');
  toggle('camera', 'video');
  button('hang-up')?.addEventListener('click', end);
  window.addEventListener('pagehide', () => {
    if (session) navigator.sendBeacon?.(`${api}/${session}`, JSON.stringify({ janus: 'destroy', transaction: transaction() }));
  });
})();
