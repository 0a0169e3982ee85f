/**
 * The timeline's schema validator for user documents (inline events or
 * `src`). A lazy chunk by default, so pages that draw the bundled events never
 * download it; the single-element entry bundles it (`provideEventsValidator`),
 * because a page with inline events would otherwise request it only after the
 * entry arrived — a second round trip before the first picture on a phone.
 */
import type { Validator } from '../../core/data-loader.js';

let provided: Validator | undefined;

/** Hands over the validator an entry bundles: no request when user data comes. */
export function provideEventsValidator(validate: Validator): void {
  provided = validate;
}

/** The validator: the one an entry bundled, else its lazy chunk. */
export function loadEventsValidator(): Promise<Validator> {
  return provided ? Promise.resolve(provided) : import('../../generated/validate-events.js').then((module) => module.validate);
}
