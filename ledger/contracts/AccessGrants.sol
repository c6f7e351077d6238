// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ILicenceRegistry, ROLE_CLINICIAN} from "./Roles.sol";
import {TypedDataDomain} from "./TypedDataDomain.sol";

/// @title AccessGrants
/// @notice A patient's signed permission for a clinician to read part of their record, its
///         revocation, and the receipts clinicians leave each time they read.
/// @dev The patient signs GrantTerms as EIP-712 typed data with a pseudonymous sharing key (derived
///      for sharing, never the main account). Anyone may submit the signed grant; only the sharing
///      key itself (as msg.sender) may revoke it. The passcode hash is stored for clients to check:
///      the contract never sees a passcode.
contract AccessGrants is TypedDataDomain {
    /// @notice The longest validity a grant may have, counted from the block it is issued in.
    uint256 public constant MAX_VALIDITY = 365 days;
    /// @notice Largest encrypted key bundle accepted, in bytes.
    uint256 public constant MAX_KEY_BUNDLE_BYTES = 32 * 1024;
    /// @notice keccak256 of the EIP-712 type of GrantTerms.
    bytes32 public constant GRANT_TERMS_TYPEHASH = keccak256(
        "GrantTerms(bytes32 grantId,address patient,bytes32 scopeHash,uint64 expiry,address grantee,bytes32 passcodeHash,uint256 nonce)"
    );

    /// @notice The terms the patient signs.
    /// @param grantId A random 32-byte id chosen by the patient's wallet (the QR carries it).
    /// @param patient The pseudonymous sharing account that signs (and alone may revoke).
    /// @param scopeHash keccak256 of the scope (categories, entries, date range) as the wallet encodes it.
    /// @param expiry Unix time (seconds) after which the grant no longer allows access.
    /// @param grantee The only clinician allowed, or zero for any licensed clinician holding the QR.
    /// @param passcodeHash The hash of the optional passcode, or zero for none (checked by clients).
    /// @param nonce A number the signer never uses twice.
    struct GrantTerms {
        bytes32 grantId;
        address patient;
        bytes32 scopeHash;
        uint64 expiry;
        address grantee;
        bytes32 passcodeHash;
        uint256 nonce;
    }

    /// @notice The state of a grant as `grantState` reports it.
    enum GrantState {
        None,
        Active,
        Revoked,
        Expired
    }

    /// @dev A stored grant. `revokedAt` is 0 until the grant is revoked.
    struct Grant {
        address patient;
        uint64 expiry;
        uint64 issuedAt;
        address grantee;
        uint64 revokedAt;
        bytes32 scopeHash;
        bytes32 passcodeHash;
        bytes32 keyBundleHash;
    }

    ILicenceRegistry public immutable registry;
    mapping(bytes32 grantId => Grant) private _grants;
    mapping(address patient => mapping(uint256 nonce => bool)) private _usedNonces;
    mapping(bytes32 grantId => uint256) private _accessCounts;

    /// @notice A grant was issued; `encryptedKeyBundle` holds the entry keys under the share key.
    event GrantIssued(
        bytes32 indexed grantId,
        address indexed patient,
        address indexed grantee,
        bytes32 scopeHash,
        uint64 expiry,
        bytes32 passcodeHash,
        bytes encryptedKeyBundle
    );
    /// @notice The patient revoked the grant at time `revokedAt`.
    event Revoked(bytes32 indexed grantId, address indexed patient, uint64 revokedAt);
    /// @notice `clinician` read under the grant at time `accessedAt` and left receipt `receiptHash`.
    event AccessRecorded(bytes32 indexed grantId, address indexed clinician, bytes32 receiptHash, uint64 accessedAt);

    /// @notice A grant with this id already exists.
    error GrantExists(bytes32 grantId);
    /// @notice No grant has this id.
    error UnknownGrant(bytes32 grantId);
    /// @notice The grant's expiry is not after the current block time.
    error GrantExpired(bytes32 grantId, uint64 expiry);
    /// @notice The grant has been revoked.
    error GrantRevoked(bytes32 grantId);
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
    /// @notice The grant id is zero.
    error ZeroGrantId();
    /// @notice An address that must be set is zero.
    error ZeroAddress();
    /// @notice The encrypted key bundle is empty.
    error EmptyKeyBundle();
    /// @notice The encrypted key bundle is larger than MAX_KEY_BUNDLE_BYTES.
    error KeyBundleTooLarge(uint256 size, uint256 max);
    /// @notice The receipt hash is zero.
    error ZeroReceipt();

    /// @param licenceRegistry The CarnetRegistry whose clinicians may record access.
    constructor(ILicenceRegistry licenceRegistry) TypedDataDomain("Carnet Access Grants", "1") {
        if (address(licenceRegistry) == address(0)) revert ZeroAddress();
        registry = licenceRegistry;
    }

    /// @notice Records a grant signed by the patient's sharing key. Anyone may submit it.
    /// @param terms The signed terms.
    /// @param patientSignature The 65-byte signature r ‖ s ‖ v of the EIP-712 digest of `terms`.
    /// @param encryptedKeyBundle The entry keys encrypted under the share key the QR carries
    ///        (1 to MAX_KEY_BUNDLE_BYTES bytes, opaque to the contract; only its hash is stored).
    function issue(GrantTerms calldata terms, bytes calldata patientSignature, bytes calldata encryptedKeyBundle)
        external
    {
        if (terms.grantId == bytes32(0)) revert ZeroGrantId();
        if (terms.patient == address(0)) revert ZeroAddress();
        if (_grants[terms.grantId].patient != address(0)) revert GrantExists(terms.grantId);
        if (terms.expiry <= block.timestamp) revert GrantExpired(terms.grantId, terms.expiry);
        if (terms.expiry > block.timestamp + MAX_VALIDITY) {
            revert ExpiryTooFar(terms.expiry, block.timestamp + MAX_VALIDITY);
        }
        if (_usedNonces[terms.patient][terms.nonce]) revert NonceUsed(terms.patient, terms.nonce);
        uint256 bundleSize = encryptedKeyBundle.length;
        if (bundleSize == 0) revert EmptyKeyBundle();
        if (bundleSize > MAX_KEY_BUNDLE_BYTES) revert KeyBundleTooLarge(bundleSize, MAX_KEY_BUNDLE_BYTES);

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
            scopeHash: terms.scopeHash,
            passcodeHash: terms.passcodeHash,
            keyBundleHash: keccak256(encryptedKeyBundle)
        });
        emit GrantIssued(
            terms.grantId,
            terms.patient,
            terms.grantee,
            terms.scopeHash,
            terms.expiry,
            terms.passcodeHash,
            encryptedKeyBundle
        );
    }

    /// @notice Revokes a g. Only the grant's patient signer may call it, as msg.sender.
    /// @dev Revoking an expired grant is allowed (it records the patient's intent); revoking twice is not.
    /// @param grantId The grant to revoke.
    function revoke(bytes32 grantId) external {
        Grant storage g = _existing(grantId);
        if (msg.sender != g.patient) revert NotPatient(msg.sender);
        if (g.revokedAt != 0) revert GrantRevoked(grantId);
        g.revokedAt = uint64(block.timestamp);
        emit Revoked(grantId, msg.sender, uint64(block.timestamp));
    }

    /// @notice Leaves an access receipt: a licensed clinician read under a grant in force.
    /// @param grantId The grant read under (not revoked, not expired; the caller must be its grantee if it names one).
    /// @param receiptHash keccak256 of the clinician's receipt (what was read, as the wallet encodes it).
    function recordAccess(bytes32 grantId, bytes32 receiptHash) external {
        Grant storage g = _existing(grantId);
        if (g.revokedAt != 0) revert GrantRevoked(grantId);
        if (g.expiry <= block.timestamp) revert GrantExpired(grantId, g.expiry);
        if (g.grantee != address(0) && g.grantee != msg.sender) revert NotGrantee(msg.sender);
        if (!registry.isLicensed(msg.sender, ROLE_CLINICIAN)) revert NotLicensedClinician(msg.sender);
        if (receiptHash == bytes32(0)) revert ZeroReceipt();
        _accessCounts[grantId] += 1;
        emit AccessRecorded(grantId, msg.sender, receiptHash, uint64(block.timestamp));
    }

    /// @notice None (never issued), Active, Revoked or Expired (revocation wins over expiry).
    function grantState(bytes32 grantId) external view returns (GrantState) {
        Grant storage g = _grants[grantId];
        if (g.patient == address(0)) return GrantState.None;
        if (g.revokedAt != 0) return GrantState.Revoked;
        if (g.expiry <= block.timestamp) return GrantState.Expired;
        return GrantState.Active;
    }

    /// @notice Everything the contract keeps of a g.
    function grant(bytes32 grantId)
        external
        view
        returns (
            address patient,
            address grantee,
            bytes32 scopeHash,
            bytes32 passcodeHash,
            bytes32 keyBundleHash,
            uint64 expiry,
            uint64 issuedAt,
            uint64 revokedAt
        )
    {
        Grant storage g = _existing(grantId);
        return (g.patient, g.grantee, g.scopeHash, g.passcodeHash, g.keyBundleHash, g.expiry, g.issuedAt, g.revokedAt);
    }

    /// @notice The number of access receipts recorded under a g.
    function accessCount(bytes32 grantId) external view returns (uint256) {
        return _accessCounts[grantId];
    }

    /// @notice Whether `patient` has already used `nonce` in an issued g.
    function nonceUsed(address patient, uint256 nonce) external view returns (bool) {
        return _usedNonces[patient][nonce];
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
                    terms.expiry,
                    terms.grantee,
                    terms.passcodeHash,
                    terms.nonce
                )
            )
        );
    }

    function _existing(bytes32 grantId) private view returns (Grant storage) {
        Grant storage g = _grants[grantId];
        if (g.patient == address(0)) revert UnknownGrant(grantId);
        return g;
    }
}
