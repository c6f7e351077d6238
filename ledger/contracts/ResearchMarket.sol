// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ILicenceRegistry, ROLE_RESEARCHER} from "./Roles.sol";

/// @title ResearchMarket
/// @notice Paid studies: a licensed researcher escrows price x places; each patient who joins under a
///         per-study pseudonym is credited the price at once; earnings and refunds are withdrawn.
/// @dev Pull payments only: joining and refunding credit balances, and `withdraw` is the one function
///      that sends ether (checks-effects-interactions, plus OpenZeppelin's storage-based
///      ReentrancyGuard, which needs no transient storage). The contract cannot check a dataset:
///      see docs/CONTRACTS.md for what joining does and does not prove.
contract ResearchMarket is ReentrancyGuard {
    /// @notice The furthest deadline a study may have, counted from the block it is posted in.
    uint256 public constant MAX_STUDY_DURATION = 730 days;
    /// @notice Length of the researcher's encryption key: a compressed secp256k1 public key.
    uint256 public constant ENCRYPTION_KEY_BYTES = 33;

    /// @notice A participant's state in a study.
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

    /// @dev A stored participation: the account that joined (the patient's per-study key) and its state.
    struct Participant {
        address account;
        ParticipantState state;
    }

    ILicenceRegistry public immutable registry;
    mapping(bytes32 studyId => Study) private _studies;
    mapping(bytes32 studyId => mapping(bytes32 pseudonym => Participant)) private _participants;
    mapping(address account => uint256) private _balances;

    /// @notice A study was posted with `price * places` in escrow.
    event StudyPosted(
        bytes32 indexed studyId,
        address indexed researcher,
        bytes32 termsHash,
        uint256 pricePerParticipant,
        uint32 places,
        uint64 deadline,
        bytes researcherEncryptionKey
    );
    /// @notice `pseudonym` joined the study; `price` was credited to `payoutAddress`.
    event Joined(
        bytes32 indexed studyId,
        bytes32 indexed pseudonym,
        address indexed payoutAddress,
        bytes32 datasetHash,
        uint256 price
    );
    /// @notice `pseudonym` left the study: no further data may be shared under it.
    event Left(bytes32 indexed studyId, bytes32 indexed pseudonym, uint64 leftAt);
    /// @notice The unused escrow `amount` was credited back to the researcher.
    event Refunded(bytes32 indexed studyId, address indexed researcher, uint256 amount);
    /// @notice `account` withdrew `amount` wei.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The caller is not licensed as a researcher now.
    error NotLicensedResearcher(address caller);
    /// @notice A study with this id already exists.
    error StudyExists(bytes32 studyId);
    /// @notice No study has this id.
    error UnknownStudy(bytes32 studyId);
    /// @notice The study id, terms hash, pseudonym or dataset hash is zero.
    error ZeroValue();
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
    /// @notice The payout address is zero.
    error ZeroAddress();
    /// @notice The caller is not the account that joined under this pseudonym.
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
    /// @notice Sending the balance failed (the receiving account reverted).
    error TransferFailed(address account, uint256 amount);

    /// @param licenceRegistry The CarnetRegistry whose researchers may post studies.
    constructor(ILicenceRegistry licenceRegistry) {
        if (address(licenceRegistry) == address(0)) revert ZeroAddress();
        registry = licenceRegistry;
    }

    /// @notice Posts a study and escrows exactly `pricePerParticipant * places` wei (sent with the call).
    /// @param studyId A fresh id chosen by the researcher.
    /// @param termsHash keccak256 of the study's terms (purpose, data requested), published off chain.
    /// @param pricePerParticipant Wei credited to each participant on joining (zero for an unpaid study).
    /// @param places The number of participants paid for (at least one).
    /// @param deadline Unix time (seconds) after which no one may join and the researcher may refund.
    /// @param researcherEncryptionKey The compressed secp256k1 key datasets are encrypted to.
    function postStudy(
        bytes32 studyId,
        bytes32 termsHash,
        uint256 pricePerParticipant,
        uint32 places,
        uint64 deadline,
        bytes calldata researcherEncryptionKey
    ) external payable {
        if (!registry.isLicensed(msg.sender, ROLE_RESEARCHER)) revert NotLicensedResearcher(msg.sender);
        if (studyId == bytes32(0) || termsHash == bytes32(0)) revert ZeroValue();
        if (_studies[studyId].researcher != address(0)) revert StudyExists(studyId);
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
            termsHash: termsHash
        });
        emit StudyPosted(studyId, msg.sender, termsHash, pricePerParticipant, places, deadline, researcherEncryptionKey);
    }

    /// @notice Joins a study under a per-study pseudonym; the price is credited to `payoutAddress`.
    /// @dev The caller (the patient's per-study account) is remembered: only it may `leaveStudy` later.
    /// @param studyId The study (before its deadline, with a place left).
    /// @param pseudonym The patient's per-study pseudonym (not zero; once per study).
    /// @param datasetHash keccak256 of the de-identified dataset encrypted to the researcher.
    /// @param payoutAddress The account whose withdrawable balance receives the price.
    function join(bytes32 studyId, bytes32 pseudonym, bytes32 datasetHash, address payoutAddress) external {
        Study storage s = _existing(studyId);
        if (block.timestamp >= s.deadline) revert StudyClosed(studyId, s.deadline);
        if (s.joined >= s.places) revert StudyFull(studyId);
        if (pseudonym == bytes32(0) || datasetHash == bytes32(0)) revert ZeroValue();
        if (payoutAddress == address(0)) revert ZeroAddress();
        Participant storage p = _participants[studyId][pseudonym];
        if (p.state != ParticipantState.None) revert AlreadyJoined(studyId, pseudonym);

        s.joined += 1;
        p.account = msg.sender;
        p.state = ParticipantState.Joined;
        _balances[payoutAddress] += s.price;
        emit Joined(studyId, pseudonym, payoutAddress, datasetHash, s.price);
    }

    /// @notice Leaves a study: no further data will be shared under `pseudonym`. What was paid stays paid.
    /// @param studyId The study.
    /// @param pseudonym The pseudonym the caller joined under.
    function leaveStudy(bytes32 studyId, bytes32 pseudonym) external {
        _existing(studyId);
        Participant storage p = _participants[studyId][pseudonym];
        if (p.state == ParticipantState.None || p.account != msg.sender) {
            revert NotParticipant(msg.sender);
        }
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

    /// @notice Sends the caller's whole withdrawable balance (earnings or refunds) to the caller.
    function withdraw() external nonReentrant {
        uint256 amount = _balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
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

    /// @notice The state of `pseudonym` in a study, and the account that joined under it.
    function participant(bytes32 studyId, bytes32 pseudonym)
        external
        view
        returns (ParticipantState state, address account)
    {
        Participant storage p = _participants[studyId][pseudonym];
        return (p.state, p.account);
    }

    function _existing(bytes32 studyId) private view returns (Study storage) {
        Study storage s = _studies[studyId];
        if (s.researcher == address(0)) revert UnknownStudy(studyId);
        return s;
    }
}
