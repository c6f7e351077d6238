// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ILicenceRegistry, ROLE_RESEARCHER} from "./Roles.sol";

/// @title ResearchMarket
/// @notice Paid studies: a licensed researcher posts the terms and escrows price x places; a patient's
///         per-study account delivers its encrypted dataset in parts and joins, and is credited the
///         price at once; earnings and refunds are withdrawn to an address chosen at withdrawal time.
/// @dev Version 2 (docs/CONTRACTS.md, "Changes in v2 and why"): study ids are bound to the
///      researcher (studyIdOf), pseudonyms to the joining account (pseudonymOf), the terms and the
///      encrypted dataset are on the ledger (calldata and event data) with hashes the contract keeps,
///      and payments go to the sender's balance. Pull payments only: joining and refunding credit
///      balances, and `withdraw` is the one function that sends ether (checks-effects-interactions,
///      plus OpenZeppelin's storage-based ReentrancyGuard, which needs no transient storage). The
///      contract cannot check a dataset: see docs/CONTRACTS.md for what joining does and does not prove.
contract ResearchMarket is ReentrancyGuard {
    /// @notice The furthest deadline a study may have, counted from the block it is posted in.
    uint256 public constant MAX_STUDY_DURATION = 730 days;
    /// @notice Length of the researcher's encryption key: a compressed secp256k1 public key.
    uint256 public constant ENCRYPTION_KEY_BYTES = 33;
    /// @notice Largest terms document a study may carry, in bytes.
    uint256 public constant MAX_TERMS_BYTES = 16384;
    /// @notice Largest part of an encrypted dataset, in bytes.
    uint256 public constant MAX_PART_BYTES = 32768;
    /// @notice Most parts one participant's dataset may have (8 MiB in all).
    uint256 public constant MAX_PARTS = 256;

    /// @notice A participant's state in a study. None with parts delivered means delivering, not joined.
    enum ParticipantState {
        None,
        Joined,
        Left
    }

    /// @dev A stored study.
    struct Study {
        address researcher;
        uint64 deadline;
        uint32 places;
        uint32 joined;
        bool refunded;
        uint256 price;
        bytes32 termsHash;
    }

    /// @dev A stored participation, keyed by pseudonymOf(studyId, account): the account (the patient's
    ///      per-study key, set with the first part), its state, the parts delivered and their chained hash,
    ///      and the hash of the plaintext dataset given at joining.
    struct Participant {
        address account;
        ParticipantState state;
        uint16 parts;
        bytes32 deliveryHash;
        bytes32 datasetHash;
    }

    ILicenceRegistry public immutable registry;
    mapping(bytes32 studyId => Study) private _studies;
    mapping(bytes32 studyId => mapping(bytes32 pseudonym => Participant)) private _participants;
    mapping(address account => uint256) private _balances;

    /// @notice A study was posted with `price * places` in escrow; `terms` is the terms document and
    ///         `termsHash` its keccak256, computed by the contract.
    event StudyPosted(
        bytes32 indexed studyId,
        address indexed researcher,
        bytes32 termsHash,
        uint256 pricePerParticipant,
        uint32 places,
        uint64 deadline,
        bytes researcherEncryptionKey,
        bytes terms
    );
    /// @notice Part `index` (0, 1, … in order) of the encrypted dataset `pseudonym` delivers to the study.
    event DatasetPart(bytes32 indexed studyId, bytes32 indexed pseudonym, uint16 index, bytes part);
    /// @notice `account` joined the study as `pseudonym` with `parts` parts chained into `deliveryHash`;
    ///         `price` was credited to the balance of `account`.
    event Joined(
        bytes32 indexed studyId,
        bytes32 indexed pseudonym,
        address indexed account,
        bytes32 datasetHash,
        bytes32 deliveryHash,
        uint16 parts,
        uint256 price
    );
    /// @notice `pseudonym` left the study: nothing more may be delivered or joined under it.
    event Left(bytes32 indexed studyId, bytes32 indexed pseudonym, uint64 leftAt);
    /// @notice The unused escrow `amount` was credited back to the researcher.
    event Refunded(bytes32 indexed studyId, address indexed researcher, uint256 amount);
    /// @notice `account` withdrew its balance `amount` wei to `to`.
    event Withdrawn(address indexed account, address indexed to, uint256 amount);

    /// @notice The caller is not licensed as a researcher now.
    error NotLicensedResearcher(address caller);
    /// @notice The caller has already posted a study with this salt (the id studyIdOf gives).
    error StudyExists(bytes32 studyId);
    /// @notice No study has this id.
    error UnknownStudy(bytes32 studyId);
    /// @notice The dataset hash is zero.
    error ZeroValue();
    /// @notice The terms are empty or longer than MAX_TERMS_BYTES.
    error BadTerms(uint256 length);
    /// @notice A study needs at least one place.
    error NoPlaces();
    /// @notice The deadline is not after now, or is further than MAX_STUDY_DURATION from now.
    error BadDeadline(uint64 deadline);
    /// @notice The ether sent is not exactly price x places.
    error WrongEscrow(uint256 sent, uint256 required);
    /// @notice The encryption key is not a compressed secp256k1 public key (33 bytes, 0x02 or 0x03 first).
    error BadEncryptionKey();
    /// @notice The study's deadline has passed.
    error StudyClosed(bytes32 studyId, uint64 deadline);
    /// @notice Every place of the study is taken.
    error StudyFull(bytes32 studyId);
    /// @notice This pseudonym has already joined the study.
    error AlreadyJoined(bytes32 studyId, bytes32 pseudonym);
    /// @notice The caller's account has delivered no part of a dataset to the study.
    error NoDataset();
    /// @notice A dataset part's index is not the number of parts the caller has delivered so far.
    error PartOutOfOrder(uint16 expected, uint16 got);
    /// @notice A dataset part is empty or longer than MAX_PART_BYTES.
    error BadPart(uint256 length);
    /// @notice The caller has already delivered MAX_PARTS parts.
    error TooManyParts(uint256 max);
    /// @notice An address that must be set (the registry, a withdrawal's recipient) is zero.
    error ZeroAddress();
    /// @notice The caller's account has not joined the study.
    error NotParticipant(address caller);
    /// @notice This pseudonym has already left the study.
    error AlreadyLeft(bytes32 studyId, bytes32 pseudonym);
    /// @notice The caller is not the study's researcher.
    error NotResearcher(address caller);
    /// @notice The study's deadline has not passed yet.
    error DeadlineNotReached(bytes32 studyId, uint64 deadline);
    /// @notice The study's unused escrow was already refunded.
    error AlreadyRefunded(bytes32 studyId);
    /// @notice Every place was taken: there is no unused escrow.
    error NothingToRefund(bytes32 studyId);
    /// @notice The caller's balance is zero.
    error NothingToWithdraw(address caller);
    /// @notice Sending the balance to `to` failed (the recipient reverted).
    error TransferFailed(address to, uint256 amount);

    /// @param licenceRegistry The CarnetRegistry whose researchers may post studies.
    constructor(ILicenceRegistry licenceRegistry) {
        if (address(licenceRegistry) == address(0)) revert ZeroAddress();
        registry = licenceRegistry;
    }

    /// @notice Posts a study with its terms and escrows exactly `pricePerParticipant * places` wei
    ///         (sent with the call).
    /// @param salt Any value the researcher has not used for a study before; the id is studyIdOf(sender, salt).
    /// @param terms The terms document (purpose, data requested, retention; 1 to MAX_TERMS_BYTES bytes).
    ///        The contract stores its keccak256 and emits it whole.
    /// @param pricePerParticipant Wei credited to each participant on joining (zero for an unpaid study).
    /// @param places The number of participants paid for (at least one).
    /// @param deadline Unix time (seconds) from which no one may deliver or join and the researcher may refund.
    /// @param researcherEncryptionKey The compressed secp256k1 key datasets are encrypted to.
    /// @return studyId The study's id, studyIdOf(msg.sender, salt).
    function postStudy(
        bytes32 salt,
        bytes calldata terms,
        uint256 pricePerParticipant,
        uint32 places,
        uint64 deadline,
        bytes calldata researcherEncryptionKey
    ) external payable returns (bytes32 studyId) {
        if (!registry.isLicensed(msg.sender, ROLE_RESEARCHER)) revert NotLicensedResearcher(msg.sender);
        studyId = studyIdOf(msg.sender, salt);
        if (_studies[studyId].researcher != address(0)) revert StudyExists(studyId);
        if (terms.length == 0 || terms.length > MAX_TERMS_BYTES) revert BadTerms(terms.length);
        if (places == 0) revert NoPlaces();
        if (deadline <= block.timestamp || deadline > block.timestamp + MAX_STUDY_DURATION) {
            revert BadDeadline(deadline);
        }
        if (
            researcherEncryptionKey.length != ENCRYPTION_KEY_BYTES
                || (researcherEncryptionKey[0] != 0x02 && researcherEncryptionKey[0] != 0x03)
        ) revert BadEncryptionKey();
        // price * places cannot overflow unless price > max / places; such an escrow cannot be sent.
        if (pricePerParticipant > type(uint256).max / places) revert WrongEscrow(msg.value, type(uint256).max);
        uint256 required = pricePerParticipant * places;
        if (msg.value != required) revert WrongEscrow(msg.value, required);

        _studies[studyId] = Study({
            researcher: msg.sender,
            deadline: deadline,
            places: places,
            joined: 0,
            refunded: false,
            price: pricePerParticipant,
            termsHash: keccak256(terms)
        });
        _emitPosted(studyId, researcherEncryptionKey, terms);
    }

    /// @notice Delivers part `index` of the caller's encrypted dataset for a study, before joining.
    /// @dev The part is only in calldata and the DatasetPart event; the contract chains it into the
    ///      participation's deliveryHash = keccak256(deliveryHash ‖ part), starting from zero, so a reader
    ///      can check the parts one node served against the hash a majority of nodes agrees on.
    /// @param studyId The study (before its deadline).
    /// @param index The number of parts the caller has delivered to this study so far (0 first).
    /// @param part 1 to MAX_PART_BYTES bytes of the dataset encrypted to the researcher's key.
    function deliverPart(bytes32 studyId, uint16 index, bytes calldata part) external {
        Study storage s = _existing(studyId);
        if (block.timestamp >= s.deadline) revert StudyClosed(studyId, s.deadline);
        bytes32 pseudonym = pseudonymOf(studyId, msg.sender);
        Participant storage p = _participants[studyId][pseudonym];
        _requireNone(p, studyId, pseudonym);
        if (index != p.parts) revert PartOutOfOrder(p.parts, index);
        if (part.length == 0 || part.length > MAX_PART_BYTES) revert BadPart(part.length);
        if (index >= MAX_PARTS) revert TooManyParts(MAX_PARTS);

        if (index == 0) p.account = msg.sender;
        p.deliveryHash = keccak256(abi.encodePacked(p.deliveryHash, part));
        p.parts = index + 1;
        emit DatasetPart(studyId, pseudonym, index, part);
    }

    /// @notice Joins a study as pseudonymOf(studyId, msg.sender) with the parts already delivered; the
    ///         price is credited at once to the caller's own balance.
    /// @param studyId The study (before its deadline, with a place left).
    /// @param datasetHash keccak256 of the plaintext de-identified dataset the patient previewed (not
    ///        zero). The contract cannot check that the delivered parts decrypt to it.
    function join(bytes32 studyId, bytes32 datasetHash) external {
        Study storage s = _existing(studyId);
        if (block.timestamp >= s.deadline) revert StudyClosed(studyId, s.deadline);
        if (s.joined >= s.places) revert StudyFull(studyId);
        if (datasetHash == bytes32(0)) revert ZeroValue();
        bytes32 pseudonym = pseudonymOf(studyId, msg.sender);
        Participant storage p = _participants[studyId][pseudonym];
        _requireNone(p, studyId, pseudonym);
        if (p.parts == 0) revert NoDataset();

        s.joined += 1;
        p.state = ParticipantState.Joined;
        p.datasetHash = datasetHash;
        _balances[msg.sender] += s.price;
        emit Joined(studyId, pseudonym, msg.sender, datasetHash, p.deliveryHash, p.parts, s.price);
    }

    /// @notice Leaves a study the caller's account joined: nothing more may be delivered or joined with
    ///         that account. What was paid stays paid, and the place stays taken.
    /// @param studyId The study.
    function leaveStudy(bytes32 studyId) external {
        _existing(studyId);
        bytes32 pseudonym = pseudonymOf(studyId, msg.sender);
        Participant storage p = _participants[studyId][pseudonym];
        if (p.state == ParticipantState.None) revert NotParticipant(msg.sender);
        if (p.state == ParticipantState.Left) revert AlreadyLeft(studyId, pseudonym);
        p.state = ParticipantState.Left;
        emit Left(studyId, pseudonym, uint64(block.timestamp));
    }

    /// @notice After the deadline, credits the unused escrow (price x empty places) to the researcher.
    /// @param studyId The researcher's study.
    function refund(bytes32 studyId) external {
        Study storage s = _existing(studyId);
        if (msg.sender != s.researcher) revert NotResearcher(msg.sender);
        if (block.timestamp < s.deadline) revert DeadlineNotReached(studyId, s.deadline);
        if (s.refunded) revert AlreadyRefunded(studyId);
        uint256 amount = s.price * (s.places - s.joined);
        if (amount == 0) revert NothingToRefund(studyId);
        s.refunded = true;
        _balances[msg.sender] += amount;
        emit Refunded(studyId, msg.sender, amount);
    }

    /// @notice Sends the caller's whole withdrawable balance (earnings or refunds) to `to`, chosen now:
    ///         per-study accounts appear linked only when their owner withdraws them to one address.
    /// @param to The recipient (not zero).
    function withdraw(address payable to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = _balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @notice The wei `account` may withdraw.
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    /// @notice Everything the contract keeps of a study.
    function study(bytes32 studyId)
        external
        view
        returns (
            address researcher,
            bytes32 termsHash,
            uint256 pricePerParticipant,
            uint32 places,
            uint32 joined,
            uint64 deadline,
            bool refunded
        )
    {
        Study storage s = _existing(studyId);
        return (s.researcher, s.termsHash, s.price, s.places, s.joined, s.deadline, s.refunded);
    }

    /// @notice The participation of `pseudonym` in a study: its state (None with parts > 0 while
    ///         delivering), the account it belongs to (zero before the first part), the plaintext
    ///         dataset hash given at joining, and the chained hash and count of the parts delivered.
    function participant(bytes32 studyId, bytes32 pseudonym)
        external
        view
        returns (ParticipantState state, address account, bytes32 datasetHash, bytes32 deliveryHash, uint16 parts)
    {
        Participant storage p = _participants[studyId][pseudonym];
        return (p.state, p.account, p.datasetHash, p.deliveryHash, p.parts);
    }

    /// @notice The only study id `researcher` may post with `salt`:
    ///         keccak256("carnet/study-id/v1" ‖ researcher (20 bytes) ‖ salt (32 bytes)).
    function studyIdOf(address researcher, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("carnet/study-id/v1", researcher, salt));
    }

    /// @notice The only pseudonym `account` may deliver and join under in a study:
    ///         keccak256("carnet/study-pseudonym/v1" ‖ studyId (32 bytes) ‖ account (20 bytes)).
    function pseudonymOf(bytes32 studyId, address account) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("carnet/study-pseudonym/v1", studyId, account));
    }

    /// @dev Emits StudyPosted from the stored study (in its own frame: postStudy's stack is full).
    function _emitPosted(bytes32 studyId, bytes calldata researcherEncryptionKey, bytes calldata terms) private {
        Study storage s = _studies[studyId];
        emit StudyPosted(
            studyId, s.researcher, s.termsHash, s.price, s.places, s.deadline, researcherEncryptionKey, terms
        );
    }

    function _requireNone(Participant storage p, bytes32 studyId, bytes32 pseudonym) private view {
        if (p.state == ParticipantState.Joined) revert AlreadyJoined(studyId, pseudonym);
        if (p.state == ParticipantState.Left) revert AlreadyLeft(studyId, pseudonym);
    }

    function _existing(bytes32 studyId) private view returns (Study storage) {
        Study storage s = _studies[studyId];
        if (s.researcher == address(0)) revert UnknownStudy(studyId);
        return s;
    }
}
