/**
 * The part of PouchDB 9 that sync uses, typed here (the DefinitelyTyped packages declare a global
 * `Buffer` that breaks Node's own types). Names and shapes follow PouchDB's API documentation.
 */
declare namespace Pouch {
  interface Doc {
    _id: string;
    _rev?: string;
    _conflicts?: string[];
    _deleted?: boolean;
    [field: string]: unknown;
  }
  interface Row {
    id?: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    doc?: Doc | null;
    error?: string;
  }
  interface Change {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: Doc;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    last_seq: number | string;
  }
  interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    checkpoint?: false | 'source' | 'target';
  }
  interface Database {
    name: string;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: Doc[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string }>>;
    allDocs(options: {
      keys?: string[];
      startkey?: string;
      endkey?: string;
      skip?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
    }): Promise<{ rows: Row[]; total_rows: number }>;
    changes(options: {
      since: number | string;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
    }): Promise<{ results: Change[]; last_seq: number | string }>;
    info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      from(source: Database | string, options?: ReplicateOptions): Promise<ReplicationResult>;
      to(target: Database | string, options?: ReplicateOptions): Promise<ReplicationResult>;
    };
  }
  interface Options {
    adapter?: string;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: Options): Database;
    plugin(plugin: unknown): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: Pouch.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
