import type { Language } from '../preload/bridge';

/** The main process's own words: dialogs and their buttons. */
export const messages = {
  es: {
    openTitle: 'Abrir un espacio de trabajo',
    newTitle: 'Nuevo espacio de trabajo',
    newDefaultName: 'espacio-de-trabajo.ficha',
    importTitle: 'Importar una hoja',
    workspaceFilter: 'Espacio de trabajo de Ficha',
    sheetFilter: 'Hojas de cálculo y texto delimitado',
    welcomeTitle: 'Bienvenida a Ficha',
    welcomeMessage: '¿Cómo quiere empezar?',
    welcomeDetail:
      'El espacio de ejemplo trae un libro con títulos, encabezado de dos filas, notas y una fila de totales, ya importado, para ver cada parte de Ficha funcionando.',
    openSample: 'Abrir el ejemplo',
    newWorkspace: 'Nuevo espacio…',
    open: 'Abrir…',
    quit: 'Salir',
    cannotOpen: 'No se pudo abrir el espacio de trabajo',
    sampleFailed: 'No se pudo crear el espacio de ejemplo. El detalle está en la bitácora.',
    aboutDetail:
      'Prepara conjuntos de datos para datos.gob.mx sin conexión: importar, limpiar, describir, validar y empaquetar.',
    noWindow: 'Abra primero un espacio de trabajo.',
  },
  en: {
    openTitle: 'Open a workspace',
    newTitle: 'New workspace',
    newDefaultName: 'workspace.ficha',
    importTitle: 'Import a sheet',
    workspaceFilter: 'Ficha workspace',
    sheetFilter: 'Spreadsheets and delimited text',
    welcomeTitle: 'Welcome to Ficha',
    welcomeMessage: 'How would you like to start?',
    welcomeDetail:
      'The sample workspace holds a workbook with titles, a two-row header, notes and a total row, already imported, so you can see every part of Ficha at work.',
    openSample: 'Open the sample',
    newWorkspace: 'New workspace…',
    open: 'Open…',
    quit: 'Quit',
    cannotOpen: 'The workspace could not be opened',
    sampleFailed: 'The sample workspace could not be created. The details are in the log.',
    aboutDetail:
      'Prepares datasets for datos.gob.mx offline: import, clean, describe, validate and package.',
    noWindow: 'Open a workspace first.',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Extensions the importer reads, for file dialogs and dropped files. */
export const sheetExtensions = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt'];
