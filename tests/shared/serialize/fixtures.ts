import { emptyFicha, fichaSchema } from '../../../shared/metadata/model';
import type { Ficha } from '../../../shared/metadata/model';

/** A ficha with every field a publisher fills, as the tests' reference. */
export function completeFicha(): Ficha {
  return fichaSchema.parse({
    title: 'Inventario Nacional de Emisiones 2008',
    description:
      'Emisiones de contaminantes criterio por estado, municipio y fuente, "año base" 2008.',
    keywords: ['emisiones', 'calidad del aire', 'contaminantes criterio'],
    category: 'Energía y Medio Ambiente',
    publisher: {
      name: 'Instituto Nacional de Ecología y Cambio Climático',
      acronym: 'INECC',
      govType: 'federal',
      homepage: 'https://www.gob.mx/inecc',
    },
    area: 'Coordinación General de Contaminación y Salud Ambiental',
    contact: {
      name: 'Ana López',
      position: 'Enlace de datos abiertos',
      email: 'ana.lopez@inecc.gob.mx',
    },
    license: 'libre-uso-mx',
    periodicity: 'R/P1Y',
    temporal: { start: '2008-01-01', end: '2008-12-31' },
    spatial: { kind: 'national' },
    landingPage: 'https://datos.gob.mx/busca/dataset/inventario-nacional-de-emisiones-2008',
    moreInfo: ['https://www.gob.mx/inecc/documentos/inem'],
    issued: '2012-05-10',
    modified: '2024-03-15',
    language: 'es',
    version: '2.1',
    versionNotes: 'Se corrigieron claves municipales.',
    methodology: 'Estimación con factores de emisión AP-42 y datos de actividad estatales.',
    distributions: [
      {
        id: 'csv',
        title: 'Inventario Nacional de Emisiones 2008 (CSV)',
        description: 'Tabla completa en CSV UTF-8.',
        format: 'csv',
        mediaType: 'text/csv',
        byteSize: 123456,
        checksum: 'ab'.repeat(32),
        downloadURL: 'https://datos.inecc.gob.mx/inem-2008/inem-2008.csv',
      },
    ],
    dictionary: [
      {
        name: 'cve_ent',
        label: 'Clave de entidad',
        description: 'Clave INEGI del estado',
        type: 'text',
        format: '^[0-9]{2}$',
        codeList: 'INEGI:estados',
        key: true,
      },
      {
        name: 'cve_mun',
        label: 'Clave de municipio',
        description: 'Clave INEGI del municipio',
        type: 'text',
        key: true,
      },
      { name: 'anio', label: 'Año', type: 'integer', description: 'Año del inventario' },
      {
        name: 'fecha',
        label: 'Fecha de corte',
        description: 'Fecha de corte del registro',
        type: 'date',
        format: 'YYYY-MM-DD',
      },
      {
        name: 'emision_t',
        label: 'Emisión (t)',
        description: 'Emisión anual en toneladas',
        type: 'number',
        unit: 't',
        missingValues: ['ND', 'NE'],
      },
      {
        name: 'fuente',
        label: 'Tipo de fuente',
        description: 'Tipo de fuente emisora',
        type: 'text',
        allowedValues: ['fija', 'móvil', 'área', 'natural'],
      },
      {
        name: 'verificado',
        label: 'Verificado',
        description: 'El registro fue verificado',
        type: 'boolean',
      },
    ],
  });
}

/** A ficha a person has only started: a title and nothing else. */
export function incompleteFicha(): Ficha {
  const ficha = emptyFicha();
  ficha.distributions = [
    {
      id: 'csv',
      title: '',
      description: '',
      format: 'csv',
      mediaType: 'text/csv',
      byteSize: null,
      checksum: null,
      downloadURL: '',
      part: '',
    },
  ];
  return ficha;
}
