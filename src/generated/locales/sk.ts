
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Skúsiť znova`,
'error.attribute': str`Atribút ${0} má neplatnú hodnotu „${1}“. Použite ${2}.`,
'error.http': str`Údaje z ${0} sa nepodarilo načítať (HTTP ${1}).`,
'error.invalid': str`Údaje ${0} sú neplatné v mieste ${1}: ${2}`,
'error.json': str`Údaje ${0} nie sú platný JSON: ${1}`,
'error.network': str`Údaje z ${0} sa nepodarilo načítať: sieťová požiadavka zlyhala.`,
'error.schema': str`Údaje ${0} sú neplatné v mieste ${1}: ${2}.`,
'error.timeout': str`Údaje z ${0} neprišli do ${1} sekúnd.`,
'error.tooLarge': str`Údaje ${0} sú väčšie ako limit ${1} MB.`,
'issue.additional': str`pole „${0}“ tu nie je povolené`,
'issue.enum': str`musí mať hodnotu ${0}`,
'issue.minItems': str`počet položiek musí byť aspoň ${0}`,
'issue.minLength': `nesmie byť prázdne`,
'issue.pattern': str`nemá očakávaný tvar (${0})`,
'issue.required': str`chýba povinné pole „${0}“`,
'issue.type': str`musí byť typu ${0}`,
'origin.bundled': `pribalené k prvku`,
'origin.inline': str`vo vloženom ${0}`,
'origin.url': str`z ${0}`,
'sources.heading': `Zdroje`,
'status.loading': `Načítava sa…`,
    };
  