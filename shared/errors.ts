import type { Bilingual, ErrorLocation, FichaErrorData } from './result';

/**
 * The catalog of expected failures. Each code is stable (scripts and tests
 * match on it); messages say what happened and what to try, and may use
 * {placeholders} filled from the error's detail.
 */
export const errorCatalog = {
  FILE_NOT_FOUND: {
    es: 'No se encontró el archivo {file}. Revise la ruta.',
    en: 'File {file} was not found. Check the path.',
  },
  FILE_UNREADABLE: {
    es: 'No se pudo leer el archivo {file}: {reason}.',
    en: 'File {file} could not be read: {reason}.',
  },
  FILE_EMPTY: {
    es: 'El archivo {file} está vacío.',
    en: 'File {file} is empty.',
  },
  FORMAT_UNSUPPORTED: {
    es: 'Ficha no sabe leer {file}. Use XLSX, XLSM, XLS, ODS, CSV, TSV o TXT delimitado.',
    en: 'Ficha cannot read {file}. Use XLSX, XLSM, XLS, ODS, CSV, TSV or delimited TXT.',
  },
  FORMAT_MISMATCH: {
    es: 'El archivo {file} no es lo que dice su extensión ({expected}); parece {actual}.',
    en: 'File {file} is not what its extension says ({expected}); it looks like {actual}.',
  },
  BINARY_FILE: {
    es: 'El archivo {file} contiene datos binarios y no es un texto delimitado.',
    en: 'File {file} holds binary data and is not delimited text.',
  },
  WORKBOOK_CORRUPT: {
    es: 'El libro {file} está dañado o incompleto: {reason}. Ábralo y guárdelo de nuevo en Excel o LibreOffice.',
    en: 'Workbook {file} is damaged or truncated: {reason}. Open it and save it again in Excel or LibreOffice.',
  },
  WORKBOOK_ENCRYPTED: {
    es: 'El libro {file} está protegido con contraseña. Guárdelo sin contraseña e impórtelo de nuevo.',
    en: 'Workbook {file} is password-protected. Save it without a password and import it again.',
  },
  ZIP_BOMB: {
    es: 'El libro {file} se expande a un tamaño desproporcionado ({reason}) y no se abrirá.',
    en: 'Workbook {file} expands to an unreasonable size ({reason}) and will not be opened.',
  },
  SHEET_NOT_FOUND: {
    es: 'El libro {file} no tiene la hoja {sheet}. Hojas: {sheets}.',
    en: 'Workbook {file} has no sheet {sheet}. Sheets: {sheets}.',
  },
  SHEET_EMPTY: {
    es: 'La hoja {sheet} de {file} no tiene datos.',
    en: 'Sheet {sheet} of {file} holds no data.',
  },
  CSV_UNBALANCED_QUOTES: {
    es: 'En {file}, la comilla abierta en la fila {row} nunca se cierra. Revise esa fila.',
    en: 'In {file}, the quote opened on row {row} is never closed. Check that row.',
  },
  CELL_TOO_LARGE: {
    es: 'En {file}, la celda de la fila {row}, columna {column}, mide {size}; el máximo es {limit}.',
    en: 'In {file}, the cell on row {row}, column {column}, is {size}; the limit is {limit}.',
  },
  ENCODING_UNKNOWN: {
    es: 'La codificación {encoding} no es conocida. Use utf-8, utf-16le, windows-1252 o iso-8859-1.',
    en: 'Encoding {encoding} is unknown. Use utf-8, utf-16le, windows-1252 or iso-8859-1.',
  },
  OPTION_INVALID: {
    es: 'La opción {option} no es válida: {reason}.',
    en: 'Option {option} is not valid: {reason}.',
  },
  WORKSPACE_NOT_FOUND: {
    es: 'No existe el espacio de trabajo {file}. Créelo con «ficha init».',
    en: 'Workspace {file} does not exist. Create it with `ficha init`.',
  },
  WORKSPACE_EXISTS: {
    es: 'Ya existe un archivo en {file}; no se sobrescribe.',
    en: 'A file already exists at {file}; it is not overwritten.',
  },
  WORKSPACE_NOT_FICHA: {
    es: 'El archivo {file} no es un espacio de trabajo de Ficha.',
    en: 'File {file} is not a Ficha workspace.',
  },
  WORKSPACE_TOO_NEW: {
    es: 'El espacio {file} fue creado por una versión más nueva de Ficha (esquema {version}). Actualice Ficha para abrirlo.',
    en: 'Workspace {file} was written by a newer Ficha (schema {version}). Update Ficha to open it.',
  },
  WORKSPACE_CORRUPT: {
    es: 'El espacio {file} está dañado ({reason}). Restaure una copia de respaldo.',
    en: 'Workspace {file} is damaged ({reason}). Restore a backup copy.',
  },
  WORKSPACE_LOCKED: {
    es: '{holder} está editando {file} desde {since}. Puede abrirlo en modo de solo lectura.',
    en: '{holder} has been editing {file} since {since}. You can open it read-only.',
  },
  WORKSPACE_READ_ONLY: {
    es: 'El espacio de trabajo está abierto en modo de solo lectura; no se pueden guardar cambios.',
    en: 'The workspace is open read-only; changes cannot be saved.',
  },
  DATASET_NOT_FOUND: {
    es: 'No hay un conjunto de datos llamado {dataset} en el espacio de trabajo.',
    en: 'There is no dataset named {dataset} in the workspace.',
  },
  DATASET_EXISTS: {
    es: 'Ya existe un conjunto de datos llamado {dataset}. Elija otro nombre con --name.',
    en: 'A dataset named {dataset} already exists. Choose another name with --name.',
  },
  COLUMN_NOT_FOUND: {
    es: 'El conjunto {dataset} no tiene la columna {column}.',
    en: 'Dataset {dataset} has no column {column}.',
  },
  SOURCE_NOT_KEPT: {
    es: 'El espacio de trabajo no guarda el archivo de origen de {dataset} (se creó sin archivo o viene de un paquete de revisión).',
    en: 'The workspace does not keep the source file of {dataset} (it was made without one, or came in a review bundle).',
  },
  SOURCE_DAMAGED: {
    es: 'La copia de {file} que guarda el espacio para {dataset} no coincide con su huella SHA-256; no se escribió nada. Restaure una copia de respaldo del espacio o vuelva a importar el archivo.',
    en: 'The copy of {file} the workspace keeps for {dataset} does not match its SHA-256; nothing was written. Restore a backup of the workspace or import the file again.',
  },
  OUTPUT_NOT_WRITABLE: {
    es: 'No se puede escribir {file} ({reason}).',
    en: 'Cannot write {file} ({reason}).',
  },
  CANCELLED: {
    es: 'La operación se canceló; el espacio de trabajo quedó como estaba.',
    en: 'The operation was cancelled; the workspace is as it was.',
  },
  REQUEST_INVALID: {
    es: 'La solicitud {request} no es válida: {reason}.',
    en: 'Request {request} is not valid: {reason}.',
  },
  REQUEST_UNKNOWN: {
    es: 'No existe la solicitud {request}.',
    en: 'There is no request {request}.',
  },
  UNEXPECTED: {
    es: 'Ocurrió un error inesperado. Se guardó el detalle en la bitácora.',
    en: 'An unexpected error occurred. The details were written to the log.',
  },
  WORKSPACE_NEEDS_UPGRADE: {
    es: 'El espacio {file} usa un esquema anterior (versión {version}). Ábralo una vez para edición y Ficha lo actualizará (guarda una copia antes).',
    en: 'Workspace {file} uses an older schema (version {version}). Open it once for editing and Ficha will upgrade it (a copy is kept first).',
  },
  COMMAND_UNKNOWN: {
    es: 'No existe el comando {command}. Vea «ficha --help».',
    en: 'There is no command {command}. See `ficha --help`.',
  },
  ARGUMENT_MISSING: {
    es: 'Falta el argumento {argument}. Uso: {usage}',
    en: 'Argument {argument} is missing. Usage: {usage}',
  },
  TOO_MANY_COLUMNS: {
    es: 'La tabla de {file} tiene {count} columnas; Ficha admite hasta {limit}.',
    en: 'The table in {file} has {count} columns; Ficha supports up to {limit}.',
  },
  OPTION_UNKNOWN: {
    es: '«ficha {command}» no tiene la opción {option}. Vea «ficha {command} --help».',
    en: '`ficha {command}` has no option {option}. See `ficha {command} --help`.',
  },
  OPTION_VALUE_MISSING: {
    es: 'La opción {option} necesita un valor.',
    en: 'Option {option} needs a value.',
  },
  OPTION_NOT_NUMBER: {
    es: 'La opción {option} espera un número entero y recibió «{value}».',
    en: 'Option {option} expects a whole number and got "{value}".',
  },
  ARGUMENT_EXTRA: {
    es: 'Sobra el argumento «{argument}». Uso: {usage}',
    en: 'Unexpected argument "{argument}". Usage: {usage}',
  },
  WORKSPACE_NOT_WRITABLE: {
    es: 'No se puede escribir junto a {file} (la carpeta es de solo lectura o no tiene permiso). Ábralo en modo de solo lectura o cópielo a una carpeta propia.',
    en: 'Ficha cannot write beside {file} (the folder is read-only or not yours). Open it read-only or copy it to a folder of your own.',
  },
  STATUS_NOT_ALLOWED: {
    es: 'Como {role}, no puede pasar {dataset} de «{from}» a «{to}».',
    en: 'As {role}, you cannot move {dataset} from "{fromEn}" to "{toEn}".',
  },
  HOST_REFUSED: {
    es: 'El servidor local de Ficha rechazó la solicitud ({reason}). Abra de nuevo la dirección completa que imprimió «ficha serve».',
    en: 'The local Ficha server refused the request ({reason}). Open again the full address printed by `ficha serve`.',
  },
  HOST_UNREACHABLE: {
    es: 'No se pudo contactar al servidor local de Ficha ({reason}). Revise que «ficha serve» siga en ejecución.',
    en: 'The local Ficha server could not be reached ({reason}). Check that `ficha serve` is still running.',
  },
  COLUMN_MISSING: {
    es: 'No hay una columna {column} en este punto de la receta. Columnas: {columns}.',
    en: 'There is no column {column} at this point of the recipe. Columns: {columns}.',
  },
  COLUMN_EXISTS: {
    es: 'Ya existe una columna {column}. Elija otro nombre.',
    en: 'A column {column} already exists. Choose another name.',
  },
  VALUE_NOT_CONVERTED: {
    es: 'En la columna {column}, fila {row}, el valor «{value}» no se puede convertir a {type}.',
    en: 'In column {column}, row {row}, the value "{value}" cannot be converted to {type}.',
  },
  STEP_INVALID: {
    es: 'El paso {step} de la receta no es válido: {reason}.',
    en: 'Step {step} of the recipe is not valid: {reason}.',
  },
  STEP_FAILED: {
    es: 'El paso {step} ({operation}) falló: {reason} La tabla quedó como estaba.',
    en: 'Step {step} ({operation}) failed: {reason} The table is as it was.',
  },
  RECIPE_INVALID: {
    es: 'El archivo {file} no es una receta de Ficha válida: {reason}.',
    en: 'File {file} is not a valid Ficha recipe: {reason}.',
  },
  NOTHING_TO_UNDO: {
    es: 'No hay pasos que deshacer en {dataset}.',
    en: 'There are no steps to undo in {dataset}.',
  },
  NOTHING_TO_REDO: {
    es: 'No hay pasos que rehacer en {dataset}.',
    en: 'There are no steps to redo in {dataset}.',
  },
  HISTORY_POINT_INVALID: {
    es: 'El historial de {dataset} no tiene el punto {point}; va de 0 a {last}.',
    en: 'The history of {dataset} has no point {point}; it goes from 0 to {last}.',
  },
  UPDATE_FAILED: {
    es: 'La nueva versión de {file} no se aplicó: {reason} El conjunto {dataset} quedó como estaba.',
    en: 'The new version {file} was not applied: {reason} Dataset {dataset} is as it was.',
  },
  BLACKOUT_CONFIRM: {
    es: 'El {date} cae en un periodo de comunicación restringida ({start} a {end}: {reason}). Confirme para registrar la difusión.',
    en: '{date} falls in a period of restricted communication ({start} to {end}: {reason}). Confirm to record the promotion.',
  },
  EXPORT_HAS_ERRORS: {
    es: 'La validación de {dataset} encontró {count} errores; no se exporta. Corríjalos o use --force para exportar un borrador.',
    en: 'Validation of {dataset} found {count} errors; nothing was exported. Fix them or use --force to export a draft.',
  },
  EXPORT_SPLIT_TOO_MANY: {
    es: 'La columna {column} tiene {count} valores distintos; dividir en más de {limit} archivos no es práctico. Elija otra columna.',
    en: 'Column {column} has {count} distinct values; splitting into more than {limit} files is not practical. Choose another column.',
  },
  EXPORT_TARGET_UNWRITABLE: {
    es: 'No se pudo escribir el paquete en {file}: {reason}. Elija otra carpeta.',
    en: 'The package could not be written to {file}: {reason}. Choose another folder.',
  },
  EXPORT_DATASET_CHANGED: {
    es: 'El conjunto {dataset} cambió mientras se exportaba; no se dejó ningún paquete. Exporte de nuevo.',
    en: 'Dataset {dataset} changed while it was being exported; no package was left. Export again.',
  },
  LOCK_HOLDER_CHANGED: {
    es: 'El candado de edición cambió de manos: ahora lo tiene {holder} desde {since}. Revise quién lo tiene antes de tomar el control.',
    en: 'The edit lock changed hands: {holder} has held it since {since}. Check who holds it before taking over.',
  },
  TAKE_OVER_REFUSED: {
    es: 'Este espacio de trabajo se sirve en solo lectura («ficha serve --read-only»); desde aquí no se puede tomar el control. Ábralo en la aplicación o con «ficha serve» sin --read-only.',
    en: 'This workspace is served read-only (`ficha serve --read-only`); the lock cannot be taken over from here. Open it in the app or with `ficha serve` without --read-only.',
  },
  LOCK_TAKEN_OVER: {
    es: '{holder} tomó el control de {file} ({since}); este cambio no se guardó. Cierre el espacio de trabajo y vuelva a abrirlo: se abrirá en modo de solo lectura.',
    en: '{holder} took over {file} ({since}); this change was not saved. Close the workspace and open it again: it will open read-only.',
  },
} as const satisfies Record<string, Bilingual>;

/** A stable error code from the catalog. */
export type ErrorCode = keyof typeof errorCatalog;

/** Values that fill a message's {placeholders} and locate the problem. */
export type ErrorDetail = ErrorLocation & Record<string, unknown>;

/** Fills {placeholders} in a template from the detail; unknown ones stay. */
export function fillTemplate(template: string, detail: ErrorDetail = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = detail[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** Builds the data of an expected error from its code and detail. */
export function errorData(code: ErrorCode, detail: ErrorDetail = {}): FichaErrorData {
  const template = errorCatalog[code];
  return {
    code,
    message: { es: fillTemplate(template.es, detail), en: fillTemplate(template.en, detail) },
    detail,
  };
}

/**
 * An expected failure thrown inside the engine and turned into a failed
 * Result at the boundary. Anything else thrown is a bug.
 */
export class FichaError extends Error {
  readonly data: FichaErrorData;

  constructor(code: ErrorCode, detail: ErrorDetail = {}) {
    const data = errorData(code, detail);
    super(data.message.en);
    this.name = 'FichaError';
    this.data = data;
  }

  get code(): string {
    return this.data.code;
  }
}

/** Tells an expected failure from a bug. */
export function isFichaError(error: unknown): error is FichaError {
  if (error instanceof FichaError) return true;
  // One from another copy of this module (a bundle and the code that loads it) counts too.
  const data = (error as { data?: Partial<FichaErrorData> } | null)?.data;
  return error instanceof Error && error.name === 'FichaError' && typeof data?.code === 'string';
}
