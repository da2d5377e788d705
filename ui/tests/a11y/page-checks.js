/**
 * The checks of one screen that axe-core does not make, as a plain browser script:
 * the Chromium walk (harness.mjs) and the walk in the app's real WebKit window
 * (crates/e2e) both inject this file and call `window.bkPageChecks`.
 *
 * - layout: nothing wider than the window (but inside a box that fits it and scrolls
 *   sideways, as a wide table does); an open dialog fits the screen; on a kiosk
 *   screen that must not scroll, the content fits;
 * - touch targets: every control at least 44×44 CSS px (a checkbox counts with its label);
 * - names: every control has an accessible name (axe-core's own name computation);
 * - large text: when the citizen chose it, the text really is a quarter larger;
 * - keyboard: `startTabWalk()` records where each Tab press puts the focus and returns
 *   how many presses to make; the driver presses Tab that often and asks
 *   `tabWalkRoundDone()` until the focus has come round to where the walk began (the
 *   on-screen keyboard changes with the focused field, so the round's length is not
 *   known ahead); `tabWalkProblems()` puts the focus back and names every control that
 *   stayed on the page and that the keyboard never reached, and every one whose focus
 *   was not visible. Of a radio group, Tab reaches one radio (the arrow keys move
 *   within it), so reaching one counts for the group.
 */
(() => {
  const CONTROLS =
    'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [tabindex]:not([tabindex="-1"])';
  const MIN_TARGET = 44;

  /** @param {Element} element */
  const describe = (element) => {
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
    return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${name ? ` "${name}"` : ''}`;
  };

  /** The controls a citizen can use now: shown, enabled, inside the open modal dialog if there is one. */
  const controls = () => {
    const modal = document.querySelector('dialog[open]');
    return [...(modal ?? document.body).querySelectorAll(CONTROLS)].filter((element) => {
      if (element.closest('dialog:not([open]), [inert], [aria-hidden="true"]')) return false;
      if (/** @type {HTMLButtonElement} */ (element).disabled) return false;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const hiddenInput = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
      return (box.width > 0 || hiddenInput) && style.visibility !== 'hidden';
    });
  };

  /**
   * A stretched link (KERN's `kern-link--stretched`): an absolutely placed `::after`
   * covers the whole card, which then is what a finger hits and what shows the focus.
   * @param {Element} element
   */
  const stretched = (element) => getComputedStyle(element, '::after').position === 'absolute';

  /** The box a finger hits: a checkbox or radio with its labels, a stretched link's card. @param {Element} element */
  const targetBox = (element) => {
    const cover = stretched(element) && element instanceof HTMLElement ? element.offsetParent : null;
    const boxes = [(cover ?? element).getBoundingClientRect()];
    if (element instanceof HTMLInputElement && element.labels) {
      for (const label of element.labels) boxes.push(label.getBoundingClientRect());
    }
    const shown = boxes.filter((box) => box.width > 0 && box.height > 0);
    return {
      width: Math.max(...shown.map((box) => box.right)) - Math.min(...shown.map((box) => box.left)),
      height: Math.max(...shown.map((box) => box.bottom)) - Math.min(...shown.map((box) => box.top)),
    };
  };

  /** @param {{ fixedHeight: boolean }} options @returns {string[]} */
  function layoutProblems({ fixedHeight }) {
    const problems = [];
    const width = document.documentElement.clientWidth;
    /** Inside a box that fits the window and scrolls or clips sideways (a wide table's scroll region). */
    const contained = (/** @type {Element} */ element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !element.closest('dialog:not([open])') && !contained(element)) {
        problems.push(`wider than the window: ${describe(element)}`);
      }
    }
    const dialog = document.querySelector('dialog[open]');
    if (dialog && dialog.getBoundingClientRect().bottom > window.innerHeight + 1) {
      problems.push('the open dialog is taller than the screen');
    }
    const main = document.querySelector('main');
    if (fixedHeight && main && main.scrollHeight > main.clientHeight + 1) {
      problems.push(`screen content taller than the screen (${main.scrollHeight} > ${main.clientHeight})`);
    }
    return problems;
  }

  /** @returns {string[]} */
  function largeTextProblems() {
    const root = document.documentElement;
    if (!root.classList.contains('bk-large-text')) return [];
    const large = parseFloat(getComputedStyle(root).fontSize);
    root.classList.remove('bk-large-text');
    const standard = parseFloat(getComputedStyle(root).fontSize);
    root.classList.add('bk-large-text');
    return large >= standard * 1.2 ? [] : [`large text is ${large} px, the standard ${standard} px`];
  }

  /** @returns {string[]} */
  function targetProblems() {
    const problems = [];
    for (const element of controls()) {
      const box = targetBox(element);
      if (box.width + 0.5 < MIN_TARGET || box.height + 0.5 < MIN_TARGET) {
        problems.push(`touch target ${Math.round(box.width)}×${Math.round(box.height)} px, below ${MIN_TARGET}×${MIN_TARGET}: ${describe(element)}`);
      }
    }
    return problems;
  }

  /** Needs axe-core in the page. @returns {string[]} */
  function nameProblems() {
    const axe = /** @type {any} */ (window).axe;
    axe.setup(document);
    try {
      return controls()
        .filter((element) => axe.commons.text.accessibleText(element).trim() === '')
        .map((element) => `no accessible name: ${describe(element)}`);
    } finally {
      axe.teardown();
    }
  }

  /** @type {{ element: Element, visible: boolean }[]} */
  let focused = [];
  /** @type {Element | null} */
  let focusBefore = null;
  /** @type {Set<Element>} */
  let controlsBefore = new Set();
  /** @param {FocusEvent} event */
  const record = (event) => {
    const element = /** @type {Element} */ (event.target);
    const style = getComputedStyle(element, stretched(element) ? '::after' : null);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    focused.push({ element, visible: element.matches(':focus-visible') && (outline || shadow) });
  };

  /** Starts recording focus; returns how many Tab presses to make before asking whether the round is done. */
  function startTabWalk() {
    focused = [];
    focusBefore = document.activeElement;
    controlsBefore = new Set(controls());
    document.removeEventListener('focusin', record, true);
    document.addEventListener('focusin', record, true);
    return controls().length + 4;
  }

  /** Whether the first control Tab reached has been reached again. */
  function tabWalkRoundDone() {
    const first = focused[0]?.element;
    return first !== undefined && focused.slice(1).some((entry) => entry.element === first);
  }

  /** @param {Element} element @param {Element} reached */
  const sameStop = (element, reached) =>
    reached === element ||
    (element instanceof HTMLInputElement &&
      reached instanceof HTMLInputElement &&
      element.type === 'radio' &&
      reached.type === 'radio' &&
      element.name !== '' &&
      element.name === reached.name &&
      element.form === reached.form);

  /** @returns {string[]} */
  function tabWalkProblems() {
    document.removeEventListener('focusin', record, true);
    if (focusBefore instanceof HTMLElement) focusBefore.focus({ preventScroll: true });
    const problems = [];
    // Controls that came or went on the way (an on-screen keyboard follows the focused
    // field's kind) are judged where they stay.
    for (const element of controls().filter((control) => controlsBefore.has(control))) {
      const seen = focused.filter((entry) => sameStop(element, entry.element));
      if (seen.length === 0) problems.push(`not reachable with the Tab key: ${describe(element)}`);
      else if (!seen.some((entry) => entry.visible)) problems.push(`focus not visible: ${describe(element)}`);
    }
    return problems;
  }

  /** @type {any} */ (window).bkPageChecks = { layoutProblems, largeTextProblems, targetProblems, nameProblems, startTabWalk, tabWalkRoundDone, tabWalkProblems };
})();
