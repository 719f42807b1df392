/** Table types of the published reference set (benchmarks, neighbours, councils, population). */

export interface BenchmarkTable {
  indicator_id: string;
  year: number;
  level: 'national' | 'regional' | 'la';
  code: string;
  name: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: 'c' | 'k' | 'x' | 'z' | 'u' | 'low' | ':' | null;
  source: string;
}

export interface StatisticalNeighbourTable {
  code: string;
  model: '2021' | '2025';
  rank: number;
  neighbour: string;
  closeness: string;
}

export interface CouncilRefTable {
  code: string;
  new_code: string;
  name: string;
  region_code: string;
  region_name: string;
}

export interface ReferencePopulationTable {
  code: string;
  level: 'national' | 'regional' | 'la';
  year: number;
  count: number;
}
