// The local chat page: Microsoft's Web Chat talking to the bot's own local Direct Line channel
// (bot/LocalChannel). Pick who you are, the language and the conversation; the page gets a Direct Line
// token for that member and conversation and restarts Web Chat with it. Roles are the coalition's own
// (lead and admin as the sample team starts; `rollen` changes them), as in Teams.
'use strict';

(() => {
  // The sample coalition's members (bot/LocalChannel/SampleTeam.cs), with their roles as the bot's records have them.
  let members = [];

  // The bot's account in the local channel (LocalTeam.Bot); a channel message @mentions it as in Teams.
  const bot = { id: 'local-coalitionbot', name: 'CoalitionBot' };

  const texts = {
    nl: {
      title: 'CoalitionBot – lokaal proberen',
      intro: 'Praat met de bot zoals in Teams: typ bijvoorbeeld help of demo. Alles blijft op deze computer.',
      settings: 'Instellingen', user: 'Persoon', language: 'Taal', conversation: 'Gesprek', chat: 'Chat',
      roles: { member: 'lid', lead: 'trekker', admin: 'beheerder' },
      'conversation-personal': '1-op-1 chat met de bot', 'conversation-channel': 'Teamkanaal Algemeen',
      connecting: 'Verbinden…',
      connected: (name, kind) => `${name} is in ${kind === 'channel' ? 'het teamkanaal' : 'een 1-op-1 chat met de bot'}.`,
      failed: 'Geen verbinding met de bot. Draait hij nog (dotnet run --project bot)?',
    },
    en: {
      title: 'CoalitionBot – try it locally',
      intro: 'Talk to the bot as in Teams: type help or demo, for example. Everything stays on this computer.',
      settings: 'Settings', user: 'Person', language: 'Language', conversation: 'Conversation', chat: 'Chat',
      roles: { member: 'member', lead: 'lead', admin: 'admin' },
      'conversation-personal': '1:1 chat with the bot', 'conversation-channel': 'Team channel General',
      connecting: 'Connecting…',
      connected: (name, kind) => `${name} is in ${kind === 'channel' ? 'the team channel' : 'a 1:1 chat with the bot'}.`,
      failed: 'Cannot reach the bot. Is it still running (dotnet run --project bot)?',
    },
  };

  const $ = id => document.getElementById(id);
  const userSelect = $('user'), languageSelect = $('language'), conversationSelect = $('conversation');
  const status = $('status');
  const hostConfig = fetch('teams-hostconfig-light.json').then(r => r.json());

  let session = 0; // each (re)start counts up, so a slow earlier start cannot take over
  let directLine = null;

  const language = () => (languageSelect.value.startsWith('en') ? 'en' : 'nl');
  const member = () => members.find(m => m.id === userSelect.value);
  const initials = name => name.split(' ').filter(w => /^[A-Z]/.test(w)).map(w => w[0]).join('').slice(0, 2);

  function showTexts() {
    const t = texts[language()];
    document.documentElement.lang = language();
    document.title = t.title;
    document.querySelectorAll('[data-text]').forEach(element => { element.textContent = t[element.dataset.text]; });
  }

  function setStatus(text, state) {
    status.textContent = text;
    status.classList.toggle('error', state === 'failed');
    document.body.dataset.chatState = state; // lets the browser tests wait for a connection
  }

  // In the channel a message @mentions the bot, as Teams requires.
  function withMention(activity) {
    if (conversationSelect.value !== 'channel' || activity.type !== 'message' || !activity.text) return activity;
    const mention = `<at>${bot.name}</at>`;
    return {
      ...activity,
      text: `${mention} ${activity.text}`,
      entities: [...(activity.entities || []), { type: 'mention', text: mention, mentioned: { id: bot.id, name: bot.name } }],
    };
  }

  // What the transcript shows (not what is sent): a mention as "@CoalitionBot", and in the channel
  // the name of whichever other member wrote a message, since Web Chat draws all members alike.
  // Another member's message sits on the left, as in Teams, without your avatar (see avatarMiddleware).
  function forDisplay(activity, myId) {
    if (activity.type !== 'message' || typeof activity.text !== 'string') return activity;
    let text = activity.text.replace(/<at>(.*?)<\/at>/g, '@$1');
    if (activity.from?.role === 'user' && activity.from.id !== myId)
      return { ...activity, text: `${activity.from.name}: ${text}`, from: { ...activity.from, role: 'bot', otherMember: true } };
    return text === activity.text ? activity : { ...activity, text };
  }

  // No avatar for other members' messages: the bot's initials are not theirs, and the name is in the message.
  const avatarMiddleware = () => next => args => (args.activity?.from?.otherMember ? false : next(args));

  // A language chosen on the page is a choice made, as typing `taal` is: the bot remembers a person's own choice over
  // their client's language, so the page tells the bot in words, once connected, where everyone can see it.
  let languageChosen = false;
  function tellLanguage(dispatch) {
    if (!languageChosen) return;
    languageChosen = false;
    dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: `taal ${language()}` } });
  }

  async function start() {
    const mine = ++session;
    if (directLine) directLine.end();
    directLine = null;
    const who = member(), kind = conversationSelect.value, locale = languageSelect.value;
    setStatus(texts[language()].connecting, 'connecting');
    try {
      const response = await fetch('v3/directline/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: who.id, name: who.name }, conversationType: kind, locale }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { token } = await response.json();
      const config = await hostConfig;
      if (mine !== session) return;

      directLine = window.WebChat.createDirectLine({
        token, domain: new URL('v3/directline', location.href).href, webSocket: false, pollingInterval: 500,
      });
      const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
        const { activity } = action.payload || {};
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          const connected = next(action);
          tellLanguage(dispatch);
          return connected;
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') return next({ ...action, payload: { ...action.payload, activity: withMention(activity) } });
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') return next({ ...action, payload: { ...action.payload, activity: forDisplay(activity, who.id) } });
        return next(action);
      });
      directLine.connectionStatus$.subscribe(connection => {
        if (mine !== session) return;
        if (connection === 2) setStatus(texts[language()].connected(who.name, kind), 'online');
        else if (connection >= 3) setStatus(texts[language()].failed, 'failed');
      });

      // A fresh element per start: Web Chat keeps its state per element.
      const host = document.createElement('div');
      $('webchat').replaceChildren(host);
      window.WebChat.renderWebChat({
        directLine, store, locale, userID: who.id, username: who.name, avatarMiddleware,
        adaptiveCardsHostConfig: config,
        adaptiveCardsParserMaxVersion: '1.5', // what Teams renders
        styleOptions: {
          accent: '#5b5fc7', botAvatarInitials: 'CB', userAvatarInitials: initials(who.name),
          bubbleBorderRadius: 6, bubbleFromUserBorderRadius: 6, bubbleFromUserBackground: '#e8ebfa',
          hideUploadButton: true, primaryFont: "'Segoe UI', system-ui, sans-serif",
        },
      }, host);
      host.querySelector('input, textarea')?.focus();
    } catch (error) {
      if (mine === session) setStatus(texts[language()].failed, 'failed');
      console.error(error);
    }
  }

  // The people, each with their role now (read again at every start: `rollen` may have changed it).
  async function showMembers() {
    const response = await fetch('local/team');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    members = await response.json();
    const chosen = userSelect.value || members[0].id, t = texts[language()];
    userSelect.replaceChildren(...members.map(m => new Option(m.role === 'member' ? m.name : `${m.name} (${t.roles[m.role]})`, m.id)));
    userSelect.value = chosen;
  }

  async function restart() {
    setStatus(texts[language()].connecting, 'connecting');
    try { await showMembers(); } catch (error) { setStatus(texts[language()].failed, 'failed'); console.error(error); return; }
    await start();
  }

  // Web Chat reads each message's time to screen readers on a 12-hour clock in every language ("Verzonden om 2 december
  // om 1:49 p.m."); on the Dutch page it is read as the Dutch write it: 13:49.
  function twentyFourHourClock(node) {
    const texts = [];
    if (node.nodeType === Node.TEXT_NODE) texts.push(node);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text);
    for (const text of texts) {
      if (language() !== 'nl' || !/\d:\d\d\s[ap]\.m\./.test(text.data)) continue;
      text.data = text.data.replace(/(\d{1,2}):(\d\d)\s([ap])\.m\./g, (_, h, m, half) => `${(+h % 12) + (half === 'p' ? 12 : 0)}:${m}`);
    }
  }
  new MutationObserver(mutations => mutations.forEach(m => twentyFourHourClock(m.target)))
    .observe($('webchat'), { subtree: true, childList: true, characterData: true });

  userSelect.addEventListener('change', restart);
  conversationSelect.addEventListener('change', restart);
  languageSelect.addEventListener('change', () => { languageChosen = true; showTexts(); restart(); });

  showTexts();
  restart();
})();
