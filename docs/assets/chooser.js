// The chooser page's script: it looks the answers up in data.json, worked out by fitcerts when
// the site was built, and writes them into the page. It computes no verdict and no price itself
// and sends nothing anywhere; every text it shows comes from the data file.
(function () {
  "use strict";
  const form = document.getElementById("chooser");
  const results = document.getElementById("chooser-results");
  if (!form || !results) return;
  const GROUPS = [
    ["eligible", "You can sit these now"],
    ["unknown", "Cannot be told from what you gave"],
    ["not-eligible", "Not yet: what is missing"],
  ];
  let data = null;

  const element = (tag, text, attributes) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    return node;
  };

  const show = () => {
    if (data === null) return;
    const choice = Object.fromEntries(new FormData(form).entries());
    const key = [choice.age, choice.education, choice.senior, choice.cpr, choice.country].join("|");
    const verdicts = data.verdicts[key];
    const budget = choice.budget === "" ? null : Number(choice.budget);
    results.replaceChildren();
    if (!verdicts) {
      results.append(element("p", "These choices are not in the data file."));
      return;
    }
    const lists = {};
    for (const [status, heading] of GROUPS) {
      const section = element("section", undefined, { "data-status": status });
      section.append(element("h2", heading));
      const list = element("ul");
      section.append(list);
      lists[status] = { section, list, count: 0 };
      results.append(section);
    }
    data.credentials.forEach((credential, position) => {
      if (choice.goal && !credential.settings.includes(choice.goal)) return;
      const [status, unmet, undecided] = verdicts[position];
      const costs = credential.costs[choice.country];
      const earn = costs.earn;
      const item = element("li", undefined, {
        "data-id": credential.id,
        "data-status": status,
        "data-earn": earn.amount === null ? "" : earn.amount,
        "data-currency": earn.currency === null ? "" : earn.currency,
      });
      item.append(element("strong", `${credential.id}: ${credential.name}`));
      item.append(document.createTextNode(` (${credential.organization})`));
      const facts = element("ul");
      for (const line of [earn.text, costs.keep3.text, costs.keep6.text, ...costs.membership]) {
        facts.append(element("li", line));
      }
      if (budget !== null) {
        let verdict = "its cost to earn is not reported";
        if (earn.amount !== null) {
          const amount = Number(earn.amount);
          if (amount > budget) verdict = "over your budget";
          else verdict = earn.lower ? "within your budget at its least; it may cost more" : "within your budget";
        }
        facts.append(element("li", `Budget: ${verdict}`, { "data-budget": verdict }));
      }
      for (const number of unmet) facts.append(element("li", `Missing: ${data.texts[number]}`));
      for (const number of undecided) facts.append(element("li", `Not known: ${data.texts[number]}`));
      item.append(facts);
      lists[status].list.append(item);
      lists[status].count += 1;
    });
    for (const { section, list, count } of Object.values(lists)) {
      if (count === 0) list.append(element("li", "none"));
      section.querySelector("h2").textContent += ` (${count})`;
    }
  };

  document.getElementById("chooser-show").addEventListener("click", show);
  form.addEventListener("change", show);
  fetch(new URL("data.json", document.baseURI.endsWith("/") ? document.baseURI : document.baseURI + "/"))
    .then((answer) => answer.json())
    .then((loaded) => {
      data = loaded;
      form.dataset.ready = "true";
      show();
    })
    .catch((error) => {
      results.replaceChildren(element("p", `The answers could not be loaded: ${error}`));
    });
})();
