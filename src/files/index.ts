export { FileAccessError, isNodeFileSystem, readRegularFile, readRegularFileSync, describeTooLarge, describeFsError, describeFileType, formatBytes, type ReadRegularOptions } from './read-regular.js';
export { OutsidePathError, resolveInside, realPathOrAncestor, isWithin, type ResolveInsideOptions } from './inside.js';
export { writeFileAtomic, removePendingTempFiles, pendingTempFiles, describeWriteError, type WriteAtomicOptions } from './write-atomic.js';
export { assertOutputsAreNotInputs, type NamedPath } from './same-file.js';
