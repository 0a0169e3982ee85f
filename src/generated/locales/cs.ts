
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Zkusit znovu`,
'error.attribute': str`Atribut ${0} má neplatnou hodnotu „${1}“. Použijte ${2}.`,
'error.http': str`Data z ${0} se nepodařilo načíst (HTTP ${1}).`,
'error.invalid': str`Data ${0} jsou neplatná v místě ${1}: ${2}`,
'error.json': str`Data ${0} nejsou platný JSON: ${1}`,
'error.network': str`Data z ${0} se nepodařilo načíst: síťový požadavek selhal.`,
'error.schema': str`Data ${0} jsou neplatná v místě ${1}: ${2}.`,
'error.timeout': str`Data z ${0} nedorazila do ${1} sekund.`,
'error.tooLarge': str`Data ${0} jsou větší než limit ${1} MB.`,
'issue.additional': str`pole „${0}“ zde není povoleno`,
'issue.enum': str`musí mít hodnotu ${0}`,
'issue.minItems': str`počet položek musí být nejméně ${0}`,
'issue.minLength': `nesmí být prázdné`,
'issue.pattern': str`nemá očekávaný tvar (${0})`,
'issue.required': str`chybí povinné pole „${0}“`,
'issue.type': str`musí být typu ${0}`,
'origin.bundled': `přibalená k prvku`,
'origin.inline': str`ve vloženém ${0}`,
'origin.url': str`z ${0}`,
'sources.heading': `Zdroje`,
'status.loading': `Načítání…`,
    };
  