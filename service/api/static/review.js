// bisum review pages: reveal / hide the inline editors. No data is read from the page beyond element
// ids, and nothing is ever written as HTML. Served from 'self' under a strict CSP (no inline scripts).
"use strict";

// Grow a textarea to show its whole text (up to 60% of the window). CSSOM writes are allowed by the CSP;
// only style attributes in the markup are not.
function fit(textarea) {
  textarea.style.height = "auto";
  const limit = Math.round(window.innerHeight * 0.6);
  textarea.style.height = Math.min(textarea.scrollHeight + 4, limit) + "px";
}

function setOpen(button, form, open) {
  form.hidden = !open;
  button.setAttribute("aria-expanded", String(open));
  if (open) {
    const input = form.querySelector("textarea, input:not([type=hidden])");
    if (input) {
      if (input.tagName === "TEXTAREA") fit(input);
      input.focus();
      if (input.setSelectionRange) input.setSelectionRange(input.value.length, input.value.length);
    }
  } else {
    button.focus();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-editor]")) {
    const form = document.getElementById(button.dataset.editor);
    if (!form) continue;
    button.addEventListener("click", () => setOpen(button, form, form.hidden));
    const cancel = form.querySelector(".editor__cancel");
    if (cancel) {
      cancel.addEventListener("click", () => {
        form.reset();
        setOpen(button, form, false);
      });
    }
    for (const textarea of form.querySelectorAll("textarea")) {
      textarea.addEventListener("input", () => fit(textarea));
      if (!form.hidden) fit(textarea);  // re-opened after a failed save
    }
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        form.reset();
        setOpen(button, form, false);
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  // One submission per click: a double click must not post the same change twice (the second would
  // be a revision conflict anyway, but the editor would see an error for nothing).
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", () => {
      for (const submit of form.querySelectorAll("button[type=submit]")) {
        setTimeout(() => { submit.disabled = true; }, 0);
      }
    });
  }
});
