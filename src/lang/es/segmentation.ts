import type { SegmentationProfile } from '../../segment/profile.js';

/** Spanish sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const spanishSegmentation: SegmentationProfile = {
  titles: [
    'Sr.', 'Sra.', 'Sres.', 'Srta.', 'Dr.', 'Dra.', 'D.', 'Dña.', 'Da.', 'Lic.', 'Ing.', 'Prof.', 'Profa.',
    'Gral.', 'Cnel.', 'Cap.', 'Tte.', 'Mons.', 'Sto.', 'Sta.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Gov.', 'Sen.',
  ],
  nonTerminal: ['p.ej.', 'ej.', 'vs.', 'aprox.', 'cf.', 'Cf.', 'i.e.', 'esp.'],
  beforeNumber: [
    'núm.', 'Núm.', 'n.', 'no.', 'nro.', 'pág.', 'págs.', 'p.', 'pp.', 'art.', 'Art.', 'vol.', 'cap.', 'tel.',
    'ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'sep.', 'oct.', 'nov.', 'dic.',
    'aprox.', 'máx.', 'mín.',
  ],
  ambiguous: [
    'St.', 'Mt.', 'Jr.', 'Ave.', 'Blvd.',
    'EE.UU.', 'EE.', 'UU.', 'S.A.', 'S.L.', 'etc.', 'Cía.', 'Avda.', 'Av.', 'Dpto.', 'Inc.', 'Ltd.', 'Co.',
    'Corp.', 'U.S.', 'a.C.', 'd.C.', 'C.',
  ],
  sentenceStarters: [
    'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Él', 'Ella', 'Ellos', 'Ellas', 'Yo', 'Nosotros',
    'Usted', 'Ustedes', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'Eso', 'Esto', 'Pero', 'Y', 'O', 'Sin',
    'Según', 'Para', 'Por', 'En', 'Con', 'De', 'Del', 'Desde', 'Después', 'Antes', 'Durante', 'Entonces', 'Así',
    'Además', 'Sin embargo', 'También', 'Ya', 'Aún', 'Si', 'Cuando', 'Como', 'Que', 'Quien', 'Donde', 'Su',
    'Sus', 'Mi', 'Nuestro', 'Todo', 'Todos', 'Todas', 'Cada', 'Ningún', 'Ninguno', 'Varios', 'Muchos',
    'Algunos', 'Hoy', 'Ayer', 'Mañana', 'Aquí', 'Allí', 'No', 'Sí', 'Se', 'Le', 'Les', 'Al', 'A', 'Hay',
    'Es', 'Era', 'Fue', 'Ha', 'Han', 'Mientras', 'Aunque', 'Porque', 'Tras', 'Hasta', 'Entre', 'Sobre',
    '¿', '¡',
  ],
};
