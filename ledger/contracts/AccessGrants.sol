// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ILicenceRegistry, ROLE_CLINICIAN} from "./Roles.sol";
import {TypedDataDomain} from "./TypedDataDomain.sol";

/// @title AccessGrants
/// @notice A patient's signed permission for a clinician to read part of their record, its
///         revocation, and the receipts clinicians leave each time they read (docs/PROTOCOL.md §8).
/// @dev The patient signs GrantTerms as EIP-712 typed data with a pseudonymous sharing key (derived
///      for one grant, never the main account). The grant id is bound to that key (grantIdOf), so
///      nobody can take it first with other terms. The encrypted key bundle may be larger than one
///      transaction should carry: it is sent in parts (part 0 with `issue`, the rest with
///      `addKeyBundlePart` from the sharing key) and the grant is usable once every part is in. Only
///      the sharing key itself (as msg.sender) may add parts or revoke. No passcode, nor any hash of
///      one, is ever given to the contract.
contract AccessGrants is TypedDataDomain {
    /// @notice The longest validity a grant may have, counted from the block it is issued in.
    uint256 public constant MAX_VALIDITY = 90 days;
    /// @notice Largest part of an encrypted key bundle, in bytes.
    uint256 public constant MAX_PART_BYTES = 32 * 1024;
    /// @notice Most parts a key bundle may have (2 MiB in all).
    uint256 public constant MAX_PARTS = 64;
    /// @notice Permission bit: the clinician may read (always set).
    uint8 public constant PERMISSION_READ = 1;
    /// @notice Permission bit: the clinician may write notes and prescriptions back.
    uint8 public constant PERMISSION_WRITE = 2;
    /// @notice keccak256 of the EIP-712 type of GrantTerms.
    bytes32 public constant GRANT_TERMS_TYPEHASH = keccak256(
        "GrantTerms(bytes32 grantId,address patient,bytes32 scopeHash,bytes32 keyBundleHash,uint16 keyBundleParts,uint64 expiry,address grantee,uint8 permissions,uint256 nonce)"
    );

    /// @notice The terms the patient signs.
    /// @param grantId grantIdOf(patient, nonce): the id the share code carries.
    /// @param patient The pseudonymous sharing account that signs (and alone may add parts and revoke).
    /// @param scopeHash keccak256 of the scope (categories, entries, date range) as the wallet encodes it.
    /// @param keyBundleHash keccak256 of the whole encrypted key bundle (all parts joined in order).
    /// @param keyBundleParts The number of parts the bundle is sent in (1 to MAX_PARTS).
    /// @param expiry Unix time (seconds) after which the grant no longer allows access.
    /// @param grantee The only clinician allowed, or zero for any licensed clinician holding the code.
    /// @param permissions PERMISSION_READ, optionally | PERMISSION_WRITE.
    /// @param nonce A number the signer never uses twice.
    struct GrantTerms {
        bytes32 grantId;
        address patient;
        bytes32 scopeHash;
        bytes32 keyBundleHash;
        uint16 keyBundleParts;
        uint64 expiry;
        address grantee;
        uint8 permissions;
        uint256 nonce;
    }

    /// @notice The state of a grant as `grantState` reports it.
    enum GrantState {
        None,
        Active,
        Revoked,
        Expired,
        Incomplete
    }

    /// @dev A stored grant. `revokedAt` is 0 until the grant is revoked.
    struct Grant {
        address patient;
        uint64 expiry;
        uint64 issuedAt;
        address grantee;
        uint64 revokedAt;
        uint16 keyBundleParts;
        uint16 partsReceived;
        uint8 permissions;
        bytes32 scopeHash;
        bytes32 keyBundleHash;
    }

    ILicenceRegistry public immutable registry;
    mapping(bytes32 grantId => Grant) private _grants;
    mapping(address patient => mapping(uint256 nonce => bool)) private _usedNonces;
    mapping(bytes32 grantId => uint256) private _accessCounts;

    /// @notice A grant was issued; `firstPart` is part 0 of the encrypted key bundle.
    event GrantIssued(
        bytes32 indexed grantId,
        address indexed patient,
        address indexed grantee,
        bytes32 scopeHash,
        bytes32 keyBundleHash,
        uint16 keyBundleParts,
        uint64 expiry,
        uint8 permissions,
        bytes firstPart
    );
    /// @notice Part `index` (1 or more) of the grant's encrypted key bundle.
    event KeyBundlePart(bytes32 indexed grantId, uint16 index, bytes part);
    /// @notice The patient revoked the grant at time `revokedAt`.
    event Revoked(bytes32 indexed grantId, address indexed patient, uint64 revokedAt);
    /// @notice `clinician` read under the grant at time `accessedAt` and left receipt `receiptHash`.
    event AccessRecorded(bytes32 indexed grantId, address indexed clinician, bytes32 receiptHash, uint64 accessedAt);

    /// @notice The grant id is not grantIdOf(patient, nonce).
    error GrantIdNotBound(bytes32 grantId, bytes32 expected);
    /// @notice No grant has this id.
    error UnknownGrant(bytes32 grantId);
    /// @notice The grant's expiry is not after the current block time.
    error GrantExpired(bytes32 grantId, uint64 expiry);
    /// @notice The grant has been revoked.
    error GrantRevoked(bytes32 grantId);
    /// @notice Not every part of the grant's key bundle has been sent yet.
    error GrantIncomplete(bytes32 grantId, uint16 received, uint16 parts);
    /// @notice The expiry is further than MAX_VALIDITY from now.
    error ExpiryTooFar(uint64 expiry, uint256 latest);
    /// @notice The signature is malformed, not low-S, or not by `terms.patient`.
    error BadSignature();
    /// @notice This signer has already used this nonce.
    error NonceUsed(address patient, uint256 nonce);
    /// @notice The grant names another grantee.
    error NotGrantee(address caller);
    /// @notice Only the grant's patient signer may do this.
    error NotPatient(address caller);
    /// @notice The caller is not licensed as a clinician now.
    error NotLicensedClinician(address caller);
    /// @notice An address that must be set is zero.
    error ZeroAddress();
    /// @notice The permissions lack PERMISSION_READ or have unknown bits.
    error BadPermissions(uint8 permissions);
    /// @notice The part count is 0 or more than MAX_PARTS.
    error BadPartCount(uint16 parts);
    /// @notice A key bundle part is empty or larger than MAX_PART_BYTES.
    error BadPartSize(uint256 size, uint256 max);
    /// @notice Parts must come in order: `index` is not the next one, or every part is already in.
    error BadPartIndex(uint16 index, uint16 expected);
    /// @notice The receipt hash is zero.
    error ZeroReceipt();

    /// @param licenceRegistry The CarnetRegistry whose clinicians may record access.
    constructor(ILicenceRegistry licenceRegistry) TypedDataDomain("Carnet Access Grants", "2") {
        if (address(licenceRegistry) == address(0)) revert ZeroAddress();
        registry = licenceRegistry;
    }

    /// @notice Records a grant signed by the patient's sharing key. Anyone may submit it.
    /// @param terms The signed terms.
    /// @param patientSignature The 65-byte signature r ‖ s ‖ v of the EIP-712 digest of `terms`.
    /// @param firstPart Part 0 of the encrypted key bundle (1 to MAX_PART_BYTES bytes, opaque to the
    ///        contract; the whole bundle's hash is in the terms).
    function issue(GrantTerms calldata terms, bytes calldata patientSignature, bytes calldata firstPart) external {
        if (terms.patient == address(0)) revert ZeroAddress();
        bytes32 expected = grantIdOf(terms.patient, terms.nonce);
        if (terms.grantId != expected) revert GrantIdNotBound(terms.grantId, expected);
        // The id is bound to (patient, nonce), so an unused nonce means an unused id.
        if (_usedNonces[terms.patient][terms.nonce]) revert NonceUsed(terms.patient, terms.nonce);
        if (terms.expiry <= block.timestamp) revert GrantExpired(terms.grantId, terms.expiry);
        if (terms.expiry > block.timestamp + MAX_VALIDITY) {
            revert ExpiryTooFar(terms.expiry, block.timestamp + MAX_VALIDITY);
        }
        if ((terms.permissions & PERMISSION_READ) == 0 || (terms.permissions & ~(PERMISSION_READ | PERMISSION_WRITE)) != 0)
        {
            revert BadPermissions(terms.permissions);
        }
        if (terms.keyBundleParts == 0 || terms.keyBundleParts > MAX_PARTS) revert BadPartCount(terms.keyBundleParts);
        _checkPartSize(firstPart.length);

        (address signer, ECDSA.RecoverError recoverError,) =
            ECDSA.tryRecoverCalldata(grantDigest(terms), patientSignature);
        if (recoverError != ECDSA.RecoverError.NoError || signer != terms.patient) revert BadSignature();

        _usedNonces[terms.patient][terms.nonce] = true;
        _grants[terms.grantId] = Grant({
            patient: terms.patient,
            expiry: terms.expiry,
            issuedAt: uint64(block.timestamp),
            grantee: terms.grantee,
            revokedAt: 0,
            keyBundleParts: terms.keyBundleParts,
            partsReceived: 1,
            permissions: terms.permissions,
            scopeHash: terms.scopeHash,
            keyBundleHash: terms.keyBundleHash
        });
        emit GrantIssued(
            terms.grantId,
            terms.patient,
            terms.grantee,
            terms.scopeHash,
            terms.keyBundleHash,
            terms.keyBundleParts,
            terms.expiry,
            terms.permissions,
            firstPart
        );
    }

    /// @notice Sends part `index` of the grant's key bundle. Only the grant's patient signer, in order.
    /// @dev The contract does not hash the parts (readers check the joined bundle against the signed
    ///      keyBundleHash); it only keeps the count, so a grant is Incomplete until every part is in.
    function addKeyBundlePart(bytes32 grantId, uint16 index, bytes calldata part) external {
        Grant storage g = _existing(grantId);
        if (msg.sender != g.patient) revert NotPatient(msg.sender);
        if (g.revokedAt != 0) revert GrantRevoked(grantId);
        if (index != g.partsReceived || index >= g.keyBundleParts) revert BadPartIndex(index, g.partsReceived);
        _checkPartSize(part.length);
        g.partsReceived = index + 1;
        emit KeyBundlePart(grantId, index, part);
    }

    /// @notice Revokes a grant. Only the grant's patient signer may call it, as msg.sender.
    /// @dev Revoking an expired or incomplete grant is allowed (it records the patient's intent);
    ///      revoking twice is not.
    /// @param grantId The grant to revoke.
    function revoke(bytes32 grantId) external {
        Grant storage g = _existing(grantId);
        if (msg.sender != g.patient) revert NotPatient(msg.sender);
        if (g.revokedAt != 0) revert GrantRevoked(grantId);
        g.revokedAt = uint64(block.timestamp);
        emit Revoked(grantId, msg.sender, uint64(block.timestamp));
    }

    /// @notice Leaves an access receipt: a licensed clinician read under a grant in force.
    /// @param grantId The grant read under (complete, not revoked, not expired; the caller must be its
    ///        grantee if it names one).
    /// @param receiptHash keccak256 of the clinician's receipt (docs/PROTOCOL.md §8.9).
    function recordAccess(bytes32 grantId, bytes32 receiptHash) external {
        Grant storage g = _existing(grantId);
        if (g.revokedAt != 0) revert GrantRevoked(grantId);
        if (g.expiry <= block.timestamp) revert GrantExpired(grantId, g.expiry);
        if (g.partsReceived != g.keyBundleParts) revert GrantIncomplete(grantId, g.partsReceived, g.keyBundleParts);
        if (g.grantee != address(0) && g.grantee != msg.sender) revert NotGrantee(msg.sender);
        if (!registry.isLicensed(msg.sender, ROLE_CLINICIAN)) revert NotLicensedClinician(msg.sender);
        if (receiptHash == bytes32(0)) revert ZeroReceipt();
        _accessCounts[grantId] += 1;
        emit AccessRecorded(grantId, msg.sender, receiptHash, uint64(block.timestamp));
    }

    /// @notice None (never issued), Active, Revoked, Expired or Incomplete (revocation wins over
    ///         expiry, expiry over incompleteness).
    function grantState(bytes32 grantId) external view returns (GrantState) {
        Grant storage g = _grants[grantId];
        if (g.patient == address(0)) return GrantState.None;
        if (g.revokedAt != 0) return GrantState.Revoked;
        if (g.expiry <= block.timestamp) return GrantState.Expired;
        if (g.partsReceived != g.keyBundleParts) return GrantState.Incomplete;
        return GrantState.Active;
    }

    /// @notice Everything the contract keeps of a grant.
    function grant(bytes32 grantId)
        external
        view
        returns (
            address patient,
            address grantee,
            bytes32 scopeHash,
            bytes32 keyBundleHash,
            uint16 keyBundleParts,
            uint16 partsReceived,
            uint8 permissions,
            uint64 expiry,
            uint64 issuedAt,
            uint64 revokedAt
        )
    {
        Grant storage g = _existing(grantId);
        return (
            g.patient,
            g.grantee,
            g.scopeHash,
            g.keyBundleHash,
            g.keyBundleParts,
            g.partsReceived,
            g.permissions,
            g.expiry,
            g.issuedAt,
            g.revokedAt
        );
    }

    /// @notice The number of access receipts recorded under a grant.
    function accessCount(bytes32 grantId) external view returns (uint256) {
        return _accessCounts[grantId];
    }

    /// @notice Whether `patient` has already used `nonce` in an issued grant.
    function nonceUsed(address patient, uint256 nonce) external view returns (bool) {
        return _usedNonces[patient][nonce];
    }

    /// @notice The only grant id `patient` may issue with `nonce`:
    ///         keccak256("carnet/grant-id/v1" ‖ patient (20 bytes) ‖ nonce (32 bytes)).
    function grantIdOf(address patient, uint256 nonce) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("carnet/grant-id/v1", patient, nonce));
    }

    /// @notice The EIP-712 digest the patient signs for `terms`.
    function grantDigest(GrantTerms calldata terms) public view returns (bytes32) {
        return _typedDataDigest(
            keccak256(
                abi.encode(
                    GRANT_TERMS_TYPEHASH,
                    terms.grantId,
                    terms.patient,
                    terms.scopeHash,
                    terms.keyBundleHash,
                    terms.keyBundleParts,
                    terms.expiry,
                    terms.grantee,
                    terms.permissions,
                    terms.nonce
                )
            )
        );
    }

    function _checkPartSize(uint256 size) private pure {
        if (size == 0 || size > MAX_PART_BYTES) revert BadPartSize(size, MAX_PART_BYTES);
    }

    function _existing(bytes32 grantId) private view returns (Grant storage) {
        Grant storage g = _grants[grantId];
        if (g.patient == address(0)) revert UnknownGrant(grantId);
        return g;
    }
}
