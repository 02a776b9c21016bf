import type { SegmentationProfile } from '../../segment/profile.js';

/** Portuguese sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const portugueseSegmentation: SegmentationProfile = {
  titles: [
    'Sr.', 'Sra.', 'Srs.', 'Srta.', 'Dr.', 'Dra.', 'Drs.', 'Prof.', 'Profa.', 'Profª.', 'Eng.', 'Engª.',
    'Gen.', 'Cel.', 'Cap.', 'Ten.', 'Dom.', 'D.', 'Sto.', 'Sta.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Gov.', 'Sen.',
  ],
  nonTerminal: ['p.ex.', 'ex.', 'vs.', 'aprox.', 'cf.', 'Cf.', 'i.e.', 'isto é.'],
  beforeNumber: [
    'n.', 'n.º', 'nº.', 'no.', 'núm.', 'pág.', 'págs.', 'p.', 'pp.', 'art.', 'Art.', 'vol.', 'cap.', 'tel.',
    'jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.',
    'aprox.', 'máx.', 'mín.',
  ],
  ambiguous: [
    'St.', 'Mt.', 'Jr.', 'Ave.', 'Blvd.',
    'S.A.', 'Lda.', 'Ltda.', 'etc.', 'Av.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'U.S.', 'a.C.', 'd.C.', 'EUA.',
  ],
  sentenceStarters: [
    'O', 'A', 'Os', 'As', 'Um', 'Uma', 'Uns', 'Umas', 'Ele', 'Ela', 'Eles', 'Elas', 'Eu', 'Nós', 'Você',
    'Vocês', 'Este', 'Esta', 'Estes', 'Estas', 'Esse', 'Essa', 'Isso', 'Isto', 'Aquele', 'Mas', 'E', 'Ou',
    'Segundo', 'Para', 'Por', 'Em', 'No', 'Na', 'Nos', 'Nas', 'Com', 'De', 'Do', 'Da', 'Desde', 'Depois',
    'Antes', 'Durante', 'Então', 'Assim', 'Além', 'Também', 'Já', 'Ainda', 'Se', 'Quando', 'Como', 'Que',
    'Quem', 'Onde', 'Seu', 'Sua', 'Seus', 'Suas', 'Meu', 'Nosso', 'Todo', 'Todos', 'Todas', 'Cada',
    'Nenhum', 'Vários', 'Muitos', 'Alguns', 'Hoje', 'Ontem', 'Amanhã', 'Aqui', 'Ali', 'Não', 'Sim', 'Ao',
    'Aos', 'À', 'Há', 'É', 'Era', 'Foi', 'Tem', 'Enquanto', 'Embora', 'Porque', 'Após', 'Até', 'Entre',
    'Sobre', 'Contudo', 'Porém', 'No entanto',
  ],
};
