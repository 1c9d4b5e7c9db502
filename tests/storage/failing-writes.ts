import { vi } from 'vitest';

type PutArguments = Parameters<IDBObjectStore['put']>;

function patchPut(
  storeName: string,
  patched: (store: IDBObjectStore, args: PutArguments) => IDBRequest,
) {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: PutArguments
  ) {
    return this.name === storeName ? patched(this, args) : put.apply(this, args);
  });
}

/** put() into this store throws at once, as it does on a value the browser cannot clone. */
export function putThrowsAtOnce(storeName: string): void {
  patchPut(storeName, () => {
    throw new DOMException('The value could not be cloned.', 'DataCloneError');
  });
}

/** put() into this store is accepted, then its request fails (ConstraintError) when it runs. */
export function putFailsLater(storeName: string): void {
  const put = IDBObjectStore.prototype.put;
  patchPut(storeName, (store, args) => {
    put.apply(store, args);
    return store.add(...args);
  });
}
