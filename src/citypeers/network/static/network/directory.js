// Pickers of the directory (network/pickers.py): a text box, or a text area of names one
// a line, becomes a combobox (WAI-ARIA 1.2 pattern: role=combobox, aria-expanded,
// aria-activedescendant, a listbox) whose suggestions come from the JSON address in
// data-directory. Without this script the boxes still work: the server resolves names.
"use strict";

(() => {
  let counter = 0;

  function say(template, values) {
    return template.replace(/%\((\w+)\)s/g, (_whole, key) => values[key]);
  }

  function combobox(input, onPick) {
    const id = input.id || `directory-${++counter}`;
    input.id = id;
    const listbox = document.createElement("ul");
    listbox.id = `${id}-listbox`;
    listbox.className = "directory-listbox";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    const wrapper = document.createElement("div");
    wrapper.className = "directory-picker";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.append(input, listbox, status);
    const label = document.querySelector(`label[for="${id}"]`);
    if (label && !label.id) label.id = `${id}-label`;
    if (label) listbox.setAttribute("aria-labelledby", label.id);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    const address = input.dataset.directory;
    let results = [];
    let active = -1;
    let timer = null;
    let asked = 0;

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      for (const [position, option] of [...listbox.children].entries()) {
        option.setAttribute("aria-selected", position === index ? "true" : "false");
      }
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      const option = listbox.children[index];
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }

    function show(found) {
      results = found;
      listbox.replaceChildren();
      for (const [index, result] of found.entries()) {
        const option = document.createElement("li");
        option.id = `${id}-option-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = result.value;
        if (result.detail) {
          const detail = document.createElement("span");
          detail.className = "directory-detail";
          detail.textContent = ` ${result.detail}`;
          option.append(detail);
        }
        option.addEventListener("mousedown", (event) => {
          event.preventDefault(); // keep the focus in the box
          pick(index);
        });
        listbox.append(option);
      }
      active = -1;
      const open = found.length > 0;
      listbox.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      input.removeAttribute("aria-activedescendant");
      status.textContent =
        found.length === 0
          ? input.dataset.textNone
          : found.length === 1
            ? input.dataset.textOne
            : JSON.parse(input.dataset.textMany)[found.length];
    }

    async function ask() {
      const query = input.value.trim();
      if (!query) {
        close();
        return;
      }
      const ticket = ++asked;
      try {
        const response = await fetch(`${address}?q=${encodeURIComponent(query)}`, {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        if (ticket !== asked) return; // a later question is on its way
        if (!response.ok) {
          close();
          return;
        }
        show((await response.json()).results);
      } catch {
        close();
      }
    }

    function pick(index) {
      const result = results[index];
      close();
      results = [];
      listbox.replaceChildren();
      if (result) onPick(result);
    }

    input.addEventListener("input", () => {
      input.dispatchEvent(new CustomEvent("directory:typed"));
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    input.addEventListener("keydown", (event) => {
      const open = !listbox.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!open) {
          if (results.length) show(results);
          else ask();
          return;
        }
        const step = event.key === "ArrowDown" ? 1 : -1;
        const count = results.length;
        highlight(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault(); // pick, do not send the form
        pick(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      } else if (event.key === "Tab") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
    return input;
  }

  // One entry: the picked entry's id goes along in <name>_pick while the text is its.
  function single(input) {
    const pick = document.createElement("input");
    pick.type = "hidden";
    pick.name = `${input.name}_pick`;
    input.after(pick);
    combobox(input, (result) => {
      input.value = result.value;
      pick.value = result.id;
      // A form may fill the entry's other parts (result.fields) beside the name.
      input.dispatchEvent(new CustomEvent("directory:picked", { bubbles: true, detail: result }));
    });
    input.addEventListener("directory:typed", () => {
      pick.value = "";
    });
  }

  // A list: the text area (one name a line) is hidden and kept as what is sent; each
  // name shows as a chip with a button to remove it, and a combobox adds names.
  function multiple(area) {
    const input = document.createElement("input");
    input.type = "text";
    for (const [key, value] of Object.entries(area.dataset)) input.dataset[key] = value;
    for (const name of ["autocomplete", "spellcheck", "aria-describedby", "aria-invalid"]) {
      if (area.hasAttribute(name)) input.setAttribute(name, area.getAttribute(name));
    }
    input.id = area.id;
    area.id = `${area.id}-list`;
    area.hidden = true;
    area.removeAttribute("aria-describedby");
    const chips = document.createElement("ul");
    chips.className = "directory-chips";
    chips.setAttribute("aria-label", input.dataset.textChosen);
    area.before(chips);
    chips.after(input);

    const names = () =>
      area.value
        .split(/[\n;]+/)
        .map((name) => name.trim())
        .filter(Boolean);

    function render() {
      chips.replaceChildren();
      for (const name of names()) {
        const chip = document.createElement("li");
        chip.className = "directory-chip";
        chip.append(document.createTextNode(name));
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "directory-chip-remove";
        remove.setAttribute("aria-label", say(input.dataset.textRemove, { name }));
        remove.textContent = "×";
        remove.addEventListener("click", () => {
          area.value = names()
            .filter((kept) => kept !== name)
            .join("\n");
          changed();
          input.focus();
        });
        chip.append(remove);
        chips.append(chip);
      }
      chips.hidden = names().length === 0;
    }

    // Scripts watching the list (the event form's live times) hear of every change.
    function changed() {
      render();
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function add(name) {
      if (!names().includes(name)) area.value = [...names(), name].join("\n");
      changed();
    }

    combobox(input, (result) => {
      add(result.value);
      input.value = "";
    });
    // A name typed and not picked is sent too: the server resolves it or says why not.
    area.form?.addEventListener("submit", () => {
      if (input.value.trim()) add(input.value.trim());
    });
    render();
  }

  for (const field of document.querySelectorAll("[data-directory]")) {
    if (field.hasAttribute("data-directory-multiple")) multiple(field);
    else single(field);
  }
})();
