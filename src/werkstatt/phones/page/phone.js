/* The voting page on the participants' phones (issue 20): join by the code, vote, see the result, send a pain point.

   Plain script without libraries, because the page must load from the laptop alone (the Content-Security-Policy
   allows nothing else) and run on old phones. Every text from the laptop goes into the page with textContent,
   never as markup. The page keeps the phone's voter token and an unsent ballot in localStorage under the room's
   code, so a reload or a locked screen loses nothing; it polls the laptop every two seconds while it is visible. */
"use strict";

(function () {
  const POLL_MS = 2000;
  const MAX_MESSAGE = 500;

  const TEXTS = window.WERKSTATT_TEXTS;

  // German if the first German or English language the phone asks for is German, else English.
  function pickLanguage(tags) {
    for (const tag of tags) {
      const low = String(tag || "").toLowerCase();
      if (low.startsWith("de")) return "de";
      if (low.startsWith("en")) return "en";
    }
    return "en";
  }

  const LANG = pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages
                                                                              : [navigator.language]);
  document.documentElement.lang = LANG;

  function t(key, vars) {
    let text = TEXTS[LANG][key];
    for (const [name, value] of Object.entries(vars || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function number(value) {
    return Number(value).toLocaleString(LANG, {maximumFractionDigits: 1});
  }

  /* One element: attributes by name ("text" is its textContent), children appended as nodes or text. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  /* A sentence in a live region; the same sentence again is re-announced (cleared first). */
  function say(node, text) {
    if (!node) return;
    if (text && node.textContent === text) {
      node.textContent = "";
      setTimeout(() => { node.textContent = text; }, 60);
    } else {
      node.textContent = text || "";
    }
  }

  const store = {
    get(key) { try { return window.localStorage.getItem(key); } catch (error) { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch (error) { /* private mode */ } },
    drop(key) { try { window.localStorage.removeItem(key); } catch (error) { /* private mode */ } },
  };

  const match = window.location.pathname.match(/^\/r\/([^/]+)\/?$/);
  const page = {
    code: match ? decodeURIComponent(match[1]).toUpperCase() : null,
    token: null, round: null, options: "", shape: "", draft: {}, dirty: false, sending: false,
    inbox: null, inboxAbout: null, polling: false, stopped: false, timer: null, view: {},
  };
  const voterKey = () => "werkstatt-voter-" + page.code;
  // The phone's token for a round, whatever code and port the laptop has after a restart. localStorage
  // belongs to one port; a cookie belongs to the laptop's address, so it is kept in both (a day, this site only).
  const roundMemory = {
    get(key) {
      const found = document.cookie.match(new RegExp("(?:^|; )werkstatt_round_" + key + "=([0-9a-f-]+)"));
      return found ? found[1] : store.get("werkstatt-round-" + key);
    },
    set(key, token) {
      document.cookie = "werkstatt_round_" + key + "=" + token + "; Max-Age=86400; Path=/; SameSite=Strict";
      store.set("werkstatt-round-" + key, token);
    },
  };
  const draftKey = () => "werkstatt-draft-" + page.code;
  const sections = {
    connection: document.getElementById("connection"), entry: document.getElementById("entry"),
    round: document.getElementById("round"), inbox: document.getElementById("inbox"),
  };

  // --- talking to the laptop ---------------------------------------------------------------------------------

  async function api(method, path, body) {
    const headers = {"X-Werkstatt-Page": "1"};
    if (page.token) headers["X-Werkstatt-Voter"] = page.token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch("/api/" + encodeURIComponent(page.code) + "/" + path, {
        method, headers, cache: "no-store", body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      return {ok: false, network: true, status: 0, data: null};
    }
    let data = null;
    try { data = await response.json(); } catch (error) { data = null; }
    return {ok: response.ok, network: false, status: response.status, data};
  }

  function refusal(answer) {
    if (answer.network) return t("offline");
    return answer.data && typeof answer.data.error === "string" ? answer.data.error : t("failed");
  }

  async function poll() {
    if (page.polling || page.stopped) return;
    page.polling = true;
    clearTimeout(page.timer);
    try {
      let answer = await api("GET", "state");
      let round = answer.ok && answer.data ? answer.data.round : null;
      const known = round && /^[0-9a-f]{16}$/.test(round.key || "") ? roundMemory.get(round.key) : null;
      if (round && !round.joined_as_voter && known && known !== page.token) {
        // The same round under a new code (the laptop was restarted): this phone's token from before.
        page.token = known;
        answer = await api("GET", "state");
        round = answer.ok && answer.data ? answer.data.round : null;
        if (round && round.joined_as_voter) store.set(voterKey(), page.token);
      }
      if (round && round.state !== "closed" && !round.joined_as_voter && await join(round.key)) {
        answer = await api("GET", "state");
      }
      if (answer.status === 403) {
        codeInvalid();
      } else if (!answer.ok) {
        say(sections.connection, refusal(answer));
      } else {
        say(sections.connection, "");
        showRound(answer.data.round);
        showInbox(answer.data.inbox);
      }
    } finally {
      page.polling = false;
    }
    schedule();
  }

  function schedule() {
    clearTimeout(page.timer);
    if (!page.stopped && !document.hidden) page.timer = setTimeout(poll, POLL_MS);
  }

  async function join(key) {
    const answer = await api("POST", "join", {});
    if (answer.ok && answer.data && typeof answer.data.voter === "string") {
      page.token = answer.data.voter;
      store.set(voterKey(), page.token);
      if (/^[0-9a-f]{16}$/.test(key || "")) roundMemory.set(key, page.token);
      return true;
    }
    if (answer.status !== 403) say(sections.connection, refusal(answer));
    return false;
  }

  document.addEventListener("visibilitychange", () => {
    if (document.hidden) clearTimeout(page.timer);
    else poll();
  });

  // --- without a code, or with one that is no longer valid ---------------------------------------------------

  function showEntry(sentence, typed) {
    const input = el("input", {id: "code-input", type: "text", autocomplete: "off", autocapitalize: "characters",
                               spellcheck: "false", maxlength: "12", "aria-describedby": "code-hint code-message"});
    const message = el("p", {id: "code-message", className: "message", role: "status", "aria-live": "polite"});
    const form = el("form", {className: "stack", novalidate: true},
      el("label", {for: "code-input", text: t("codeLabel")}),
      el("p", {id: "code-hint", className: "hint", text: t("codeHint")}),
      input,
      el("button", {type: "submit", className: "primary", text: t("codeGo")}),
      message);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const code = input.value.replace(/[^0-9a-z]/gi, "").toUpperCase();
      if (!code) { say(message, t("codeMissing")); input.focus(); return; }
      window.location.assign("/r/" + encodeURIComponent(code));
    });
    sections.entry.replaceChildren(el("h1", {text: t("title")}), form);
    sections.entry.hidden = false;
    if (typed) input.value = typed;  // what was typed or scanned stays to be corrected
    if (sentence) say(message, sentence);
  }

  function codeInvalid() {
    page.stopped = true;
    clearTimeout(page.timer);
    sections.round.hidden = true;
    sections.inbox.hidden = true;
    say(sections.connection, "");
    showEntry(t("codeInvalid"), page.code);
  }

  // --- the round ---------------------------------------------------------------------------------------------

  function valueOf(optionId, criterion) {
    const values = page.draft[optionId];
    const value = values ? values[criterion] : undefined;
    return typeof value === "number" ? value : null;
  }

  function setValue(optionId, criterion, value) {
    page.draft[optionId] = Object.assign({}, page.draft[optionId], {[criterion]: value});
    page.dirty = true;
    store.set(draftKey(), JSON.stringify({options: page.options, draft: page.draft}));
    if (page.view.message && page.view.message.textContent === t("sent")) say(page.view.message, t("unsent"));
  }

  function copyBallot(ballot) {
    const copy = {};
    for (const [option, values] of Object.entries(ballot || {})) copy[option] = Object.assign({}, values);
    return copy;
  }

  function showRound(round) {
    page.round = round;
    if (!round) {
      page.shape = "";
      sections.round.replaceChildren(el("h1", {text: t("title")}), el("p", {className: "lead", text: t("waiting")}));
      sections.round.hidden = false;
      return;
    }
    const options = round.options.map((option) => option.id).join(" ");
    if (options !== page.options) {  // another round (or the first): its own ballot, or the unsent one kept here
      page.options = options;
      let saved = null;
      try { saved = JSON.parse(store.get(draftKey()) || "null"); } catch (error) { saved = null; }
      page.dirty = Boolean(saved && saved.options === options && round.state === "open");
      page.draft = page.dirty ? saved.draft : copyBallot(round.ballot);
    } else if (!page.dirty && !page.sending) {
      page.draft = copyBallot(round.ballot);
    }
    if (round.state === "open" && !round.voted_by_me && page.view.message
        && page.view.message.textContent === t("sent")) {
      say(page.view.message, t("takenBack"));  // the facilitator took this phone's ballot back
    }
    const shape = JSON.stringify([round.question, round.method, round.state, round.criteria, round.ranges,
      round.budget, round.cap, round.options, round.state === "closed" ? round.result : null]);
    if (shape !== page.shape) {
      page.shape = shape;
      page.view = {};
      const heading = el("h1", {text: round.question});
      if (round.state === "prepared") buildPrepared(round, heading);
      else if (round.state === "open") buildOpen(round, heading);
      else buildClosed(round, heading);
      sections.round.hidden = false;
    }
    updateRound();
  }

  function place(option) {
    const where = [option.step, option.lane].filter(Boolean).join(" · ");
    return where ? el("p", {className: "place", text: where}) : null;
  }

  function optionText(option, id) {
    return el("div", {className: "option-text"},
      el("h2", {id, className: "label", text: option.label}), place(option));
  }

  function buildPrepared(round, heading) {
    const list = el("ul", {className: "options preview"});
    round.options.forEach((option, index) => list.append(el("li", {className: "option"},
      optionText(option, "option-" + index))));
    sections.round.replaceChildren(heading, el("p", {className: "lead", text: t("prepared")}), list);
  }

  function rulesText(round) {
    if (round.method === "dots") {
      return round.cap ? t("rulesDotsCap", {budget: round.budget, cap: round.cap}) : t("rulesDots", {budget: round.budget});
    }
    if (round.method === "consensus") return t("rulesConsensus");
    const range = round.ranges.effort || [1, 5];
    return t("rulesEffortBenefit", {low: range[0], high: range[1]});
  }

  function buildOpen(round, heading) {
    const view = page.view;
    view.progress = el("p", {className: "progress"});
    const list = el("ul", {className: "options"});
    view.counts = {};
    view.radios = {};
    round.options.forEach((option, index) => {
      const id = "option-" + index;
      if (round.method === "dots") list.append(dotsOption(round, option, id));
      else list.append(ratedOption(round, option, id));
    });
    view.message = el("p", {id: "round-message", className: "message", role: "status", "aria-live": "polite"});
    view.send = el("button", {type: "button", id: "send", className: "primary", text: t("send"), onclick: send});
    const bar = el("div", {className: "sendbar"});
    if (round.method === "dots") {
      view.remaining = el("p", {id: "remaining", className: "remaining", "aria-live": "polite"});
      bar.append(view.remaining);
    }
    bar.append(view.message, view.send);
    sections.round.replaceChildren(heading, el("p", {className: "lead", text: rulesText(round)}), view.progress,
                                   list, bar);
  }

  function dotsOption(round, option, id) {
    const count = el("span", {className: "count", id: id + "-count"});
    page.view.counts[option.id] = count;
    const less = el("button", {type: "button", className: "step minus", "aria-label": t("less", {label: option.label}),
                               text: "−", onclick: () => changeDots(option.id, -1)});
    const more = el("button", {type: "button", className: "step plus", "aria-label": t("more", {label: option.label}),
                               text: "+", onclick: () => changeDots(option.id, +1)});
    return el("li", {className: "option dots", role: "group", "aria-labelledby": id},
      optionText(option, id),
      el("div", {className: "stepper"}, less, el("span", {className: "count-box"}, count,
        el("span", {className: "unit", text: t("dots")})), more));
  }

  function ratedOption(round, option, id) {
    const box = el("fieldset", {className: "rated"}, el("legend", {}, optionText(option, id)));
    for (const criterion of round.criteria) {
      const [low, high] = round.ranges[criterion] || [0, 10];
      const hint = criterion === "resistance" ? t("resistanceHint") : t("scaleHint", {low, high});
      const choices = el("div", {className: "choices"});
      const name = id + "-" + criterion;
      page.view.radios[option.id + " " + criterion] = [];
      for (let value = low; value <= (high === null ? low + 10 : high); value += 1) {
        const input = el("input", {type: "radio", name, value: String(value), id: name + "-" + value});
        input.addEventListener("change", () => { setValue(option.id, criterion, value); updateRound(); });
        page.view.radios[option.id + " " + criterion].push(input);
        choices.append(el("label", {className: "choice", for: name + "-" + value}, input,
          el("span", {text: String(value)})));
      }
      box.append(el("fieldset", {className: "scale"},
        el("legend", {className: "criterion"}, el("strong", {text: t(criterion)}), " ",
          el("span", {className: "hint", text: "(" + hint + ")"})),
        choices));
    }
    return el("li", {className: "option"}, box);
  }

  function used() {
    return Object.values(page.draft).reduce((sum, values) => sum + (values.dots || 0), 0);
  }

  function changeDots(optionId, delta) {
    const round = page.round;
    if (!round || round.state !== "open") return;
    const current = valueOf(optionId, "dots") || 0;
    if (delta < 0) {
      if (current === 0) return;
    } else if (round.cap !== null && current >= round.cap) {
      say(page.view.message, round.cap === 1 ? t("capReachedOne") : t("capReached", {cap: round.cap}));
      return;
    } else if (used() >= round.budget) {
      say(page.view.message, round.budget === 1 ? t("budgetUsedOne") : t("budgetUsed", {budget: round.budget}));
      return;
    }
    setValue(optionId, "dots", current + delta);
    updateRound();
  }

  /* The values on the page follow the draft; called after every change and every poll. */
  function updateRound() {
    const round = page.round;
    const view = page.view;
    if (!round || round.state !== "open" || !view.send) return;
    view.progress.textContent = t("progress", {voted: round.voted, joined: round.joined});
    if (round.method === "dots") {
      for (const [optionId, node] of Object.entries(view.counts)) node.textContent = String(valueOf(optionId, "dots") || 0);
      const text = t("remaining", {left: Math.max(0, round.budget - used()), budget: round.budget});
      if (view.remaining.textContent !== text) view.remaining.textContent = text;
    } else {
      for (const [key, inputs] of Object.entries(view.radios)) {
        const [optionId, criterion] = key.split(" ");
        const value = valueOf(optionId, criterion);
        for (const input of inputs) input.checked = value !== null && Number(input.value) === value;
      }
    }
    view.send.textContent = page.sending ? t("sending") : t("send");
    view.send.setAttribute("aria-disabled", page.sending ? "true" : "false");
  }

  async function send() {
    const round = page.round;
    if (!round || round.state !== "open" || page.sending) return;
    const values = {};
    let missing = 0;
    for (const option of round.options) {
      values[option.id] = {};
      for (const criterion of round.criteria) {
        const value = valueOf(option.id, criterion);
        if (value === null && criterion !== "dots") missing += 1;
        values[option.id][criterion] = value === null || (criterion === "dots" && value === 0) ? null : value;
      }
    }
    if (missing) {  // a missing resistance would count as the strongest: ask rather than send it silently
      say(page.view.message, missing === 1 ? t("missingOne") : t("missing", {n: missing}));
      return;
    }
    const sent = JSON.stringify(page.draft);
    page.sending = true;
    updateRound();
    const answer = await api("PUT", "ballot", {values});
    page.sending = false;
    if (answer.ok && answer.data) {
      if (JSON.stringify(page.draft) === sent) {  // not changed while it was on its way
        page.draft = copyBallot(answer.data.ballot);
        page.dirty = false;
        store.drop(draftKey());
      }
      say(page.view.message, t("sent"));
    } else {
      say(page.view.message, refusal(answer));  // the draft stays as it is, to be sent again
    }
    updateRound();
  }

  function buildClosed(round, heading) {
    const list = el("ol", {className: "results"});
    const own = round.joined_as_voter ? round.ballot || {} : {};
    for (const item of round.result || []) {
      const bar = el("div", {className: "bar"});
      bar.style.width = Math.round(Math.max(0, Math.min(1, Number(item.share) || 0)) * 100) + "%";
      const values = own[item.option] || {};
      const mine = round.criteria.filter((criterion) => criterion in values)
        .map((criterion) => values[criterion]).join(" / ");
      list.append(el("li", {className: "result"},
        el("p", {className: "rank", text: t("rank", {rank: item.rank})}),
        el("h3", {className: "label", text: item.label}),
        el("p", {className: "total", text: totalText(round, item)}),
        round.method === "effort_benefit" ? null : el("div", {className: "track", "aria-hidden": "true"}, bar),
        mine ? el("p", {className: "yours", text: t(round.method === "dots" ? "yoursDots" : "yours", {value: mine})})
          : null));
    }
    sections.round.replaceChildren(heading, el("p", {className: "lead", text: t("closed")}),
                                   el("h2", {text: t("result")}), list);
  }

  function totalText(round, item) {
    if (round.method === "dots") return item.total === 1 ? t("totalDotsOne") : t("totalDots", {total: number(item.total)});
    if (round.method === "consensus") return t("totalResistance", {total: number(item.total)});
    if (item.effort === null || item.effort === undefined) return "–";
    const text = t("totalEffortBenefit", {effort: number(item.effort), benefit: number(item.benefit)});
    return item.quadrant && TEXTS[LANG][item.quadrant] ? text + " · " + t(item.quadrant) : text;
  }

  // --- the inbox ---------------------------------------------------------------------------------------------

  function showInbox(inbox) {
    page.inbox = inbox;
    if (!inbox) { sections.inbox.hidden = true; return; }
    if (!page.inboxAbout || !sections.inbox.contains(page.inboxAbout)) buildInbox(inbox);
    page.inboxAbout.textContent = inbox.step ? t("about", {step: inbox.step}) : t("aboutProcess");
    sections.inbox.hidden = false;
  }

  function buildInbox(inbox) {
    const about = el("p", {className: "about", id: "inbox-about"});
    const kinds = el("div", {className: "choices kinds"});
    (inbox.kinds || ["pain_point", "question"]).forEach((kind, index) => {
      const id = "inbox-kind-" + kind;
      kinds.append(el("label", {className: "choice wide", for: id},
        el("input", {type: "radio", name: "inbox-kind", id, value: kind, checked: index === 0}),
        el("span", {text: TEXTS[LANG][kind] ? t(kind) : kind})));
    });
    const category = el("select", {id: "inbox-category"});
    for (const code of inbox.categories || ["other"]) {
      category.append(el("option", {value: code, text: TEXTS[LANG].categories[code] || code}));
    }
    category.value = "other";
    const counter = el("p", {className: "hint", id: "inbox-count"});
    const text = el("textarea", {id: "inbox-text", rows: "4", maxlength: String(MAX_MESSAGE),
                                 "aria-describedby": "inbox-about inbox-count"});
    const countChars = () => { counter.textContent = t("chars", {n: text.value.length, max: MAX_MESSAGE}); };
    text.addEventListener("input", countChars);
    countChars();
    const categoryField = el("div", {className: "stack"}, el("label", {for: "inbox-category", text: t("category")}),
                             category);
    kinds.addEventListener("change", () => {
      categoryField.hidden = selectedKind() === "question";
    });
    const message = el("p", {id: "inbox-message", className: "message", role: "status", "aria-live": "polite"});
    const button = el("button", {type: "submit", className: "primary", id: "inbox-send", text: t("inboxSend")});
    const form = el("form", {className: "stack", novalidate: true},
      el("fieldset", {className: "plain"}, el("legend", {text: t("kind")}), kinds),
      categoryField,
      el("label", {for: "inbox-text", text: t("text")}), text, counter, button, message);
    function selectedKind() {
      const checked = form.querySelector("input[name=inbox-kind]:checked");
      return checked ? checked.value : "pain_point";
    }
    let busy = false;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (busy) return;
      const words = text.value.trim();
      if (!words) { say(message, t("inboxEmpty")); text.focus(); return; }
      const kind = selectedKind();
      busy = true;
      button.setAttribute("aria-disabled", "true");
      const answer = await api("POST", "suggest",
                               {kind, category: kind === "question" ? "other" : category.value, text: words});
      busy = false;
      button.setAttribute("aria-disabled", "false");
      if (answer.ok) {
        text.value = "";
        countChars();
        say(message, t("inboxThanks"));
      } else {
        say(message, refusal(answer));  // the text stays in the field
      }
    });
    page.inboxAbout = about;
    sections.inbox.replaceChildren(el("h2", {id: "inbox-title", text: t("inboxTitle")}), about, form);
    sections.inbox.setAttribute("aria-labelledby", "inbox-title");
  }

  // --- start -------------------------------------------------------------------------------------------------

  if (!page.code) {
    showEntry("");
  } else {
    page.token = store.get(voterKey());
    poll();
  }
})();
