// What a Svelte app does once: bring in the elements' template types.
import 'cs-history-elements/svelte';
