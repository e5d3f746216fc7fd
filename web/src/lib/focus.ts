// Moves the keyboard focus (and the screen) to the first field a form marked invalid.
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: "center", behavior: "smooth" });
  });
}
