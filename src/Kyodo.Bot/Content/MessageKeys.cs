namespace Kyodo.Bot.Content;

/// <summary>
/// The keys of <c>dialogs/messages.yaml</c> the code asks for. The text itself lives only in the YAML;
/// the loader reports a missing key as <c>messages.yaml:line: missing message 'key'</c>.
/// </summary>
public static class MessageKeys
{
    // Conversation-wide
    public const string Welcome = "welcome";                       // first contact: what the bot can do
    public const string MenuPrompt = "menu_prompt";                // "what shall we do?" above the menu buttons
    public const string Help = "help";                             // help: how to use the bot
    public const string Cancelled = "cancelled";                   // cancel: stopped, back to the menu
    public const string ErrorApology = "error_apology";            // a turn failed: apology, we start over
    public const string NotUnderstood = "not_understood";          // top-level text we could not place (also: intent unsure)
    public const string SmallTalkGreeting = "small_talk_greeting"; // こんにちは → a polite greeting back
    public const string SmallTalkThanks = "small_talk_thanks";     // ありがとう → どういたしまして
    public const string SmallTalkOther = "small_talk_other";       // other small talk
    public const string OutOfScope = "out_of_scope";               // tax, weather, 住民票 …: we cannot help with that
    public const string EmptyText = "empty_text";                  // a message with no text
    public const string TextTooLong = "text_too_long";             // {max}: too long to read
    public const string NonText = "non_text";
    public const string SlowDown = "slow_down";                    // too many messages at once: please wait a little                      // stickers, images … we read text only
    public const string YesLabel = "yes_label";
    public const string NoLabel = "no_label";
    public const string BackToMenuLabel = "back_to_menu_label";
    public const string TalkToPersonLabel = "talk_to_person_label";

    // Prompts
    public const string RetryChoice = "retry_choice";              // answer not among the buttons
    public const string RetryYesNo = "retry_yes_no";
    public const string RetryNumber = "retry_number";
    public const string RetryText = "retry_text";
    public const string TooManyMisses = "too_many_misses";         // after 3 misses: menu or a person

    // Diagnosis
    public const string DiagnosisIntro = "diagnosis_intro";
    public const string DiagnosisResultTitle = "diagnosis_result_title";       // {verdict}
    public const string DiagnosisReasonsLabel = "diagnosis_reasons_label";
    public const string DiagnosisOfferRecommend = "diagnosis_offer_recommend"; // continue to choosing a method?
    public const string DiagnosisProgress = "diagnosis_progress";             // {number}/{total}

    // Recommendation
    public const string RecommendIntro = "recommend_intro";
    public const string RecommendResultTitle = "recommend_result_title";
    public const string RecommendRankTitle = "recommend_rank_title";           // {rank} {name}
    public const string RecommendNone = "recommend_none";
    public const string SummaryLabel = "summary_label";                        // summary
    public const string BenefitsLabel = "benefits_label";                      // benefits
    public const string CautionsLabel = "cautions_label";                      // cautions
    public const string WhyLabel = "why_label";                                // why this method fits
    public const string ChooseMethodPrompt = "choose_method_prompt";           // which method for the checklist?
    public const string SourceLabel = "source_label";                          // {source}

    // Checklist
    public const string ChecklistIntro = "checklist_intro";                    // {method}
    public const string ChecklistProgress = "checklist_progress";              // {done}/{total}
    public const string ChecklistStepTitle = "checklist_step_title";           // {number} {title}
    public const string ChecklistTickPrompt = "checklist_tick_prompt";
    public const string ChecklistNextStepLabel = "checklist_next_step_label";
    public const string ChecklistPreviousStepLabel = "checklist_previous_step_label";
    public const string ChecklistFinishLabel = "checklist_finish_label";       // leave; progress is kept
    public const string ChecklistTicked = "checklist_ticked";                  // {item}
    public const string ChecklistUnticked = "checklist_unticked";              // {item}
    public const string ChecklistAllDone = "checklist_all_done";
    public const string ChecklistSaved = "checklist_saved";                    // {done}/{total}: come back later
    public const string ChecklistResume = "checklist_resume";                  // {done}/{total}
    public const string ChecklistNoMethod = "checklist_no_method";             // general checklist, no method chosen
    public const string ChecklistDoneMark = "checklist_done_mark";             // e.g. ☑
    public const string ChecklistOpenMark = "checklist_open_mark";             // e.g. ☐

    // Question
    public const string QuestionPrompt = "question_prompt";
    public const string QuestionNoAnswer = "question_no_answer";
    public const string QuestionPickOne = "question_pick_one";
    public const string MethodQuestion = "method_question";                    // {name}: how a method is asked about
    public const string StepQuestion = "step_question";                        // {title}: how a checklist step is asked about

    // Desk
    public const string DeskPrefecturePrompt = "desk_prefecture_prompt";
    public const string DeskMunicipalityPrompt = "desk_municipality_prompt";   // {prefecture}
    public const string DeskOtherAreaLabel = "desk_other_area_label";
    public const string DeskNotFound = "desk_not_found";
    public const string DeskIntro = "desk_intro";                              // {name}
    public const string DeskPhoneLabel = "desk_phone_label";
    public const string DeskEmailLabel = "desk_email_label";
    public const string DeskFaxLabel = "desk_fax_label";
    public const string DeskAddressLabel = "desk_address_label";
    public const string DeskUrlLabel = "desk_url_label";
    public const string DeskHoursLabel = "desk_hours_label";
    public const string DeskNoContact = "desk_no_contact";                     // the seeds give no phone/e-mail
    public const string DeskHoursUnknown = "desk_hours_unknown";

    // Documents
    public const string DocumentChoosePrompt = "document_choose_prompt";       // which draft: proposal, agreement, both
    public const string DocumentBothLabel = "document_both_label";
    public const string DocumentReady = "document_ready";                      // {title} {docx} {markdown} {hours}
    // Handoff to a person at the desk
    public const string HandoffConfirm = "handoff_confirm";                    // {desk} {when}: connect you to the desk's staff?
    public const string HandoffOpenNow = "handoff_open_now";                   // within chat hours
    public const string HandoffClosedNow = "handoff_closed_now";               // {next}: outside chat hours, a reply from {next}
    public const string HandoffNoOpening = "handoff_no_opening";               // no opening in sight
    public const string HandoffAskWords = "handoff_ask_words";                 // what do you want to consult about?
    public const string HandoffQueued = "handoff_queued";                      // {desk}: waiting for a person; the bot keeps helping
    public const string HandoffNoChat = "handoff_no_chat";                     // this desk takes no chats: contact details instead
    public const string HandoffDeclined = "handoff_declined";                  // the person said no to connecting
    public const string HandoffAlreadyOpen = "handoff_already_open";           // a request is already waiting
    public const string HandoffWithdrawLabel = "handoff_withdraw_label";       // button: leave the queue
    public const string HandoffWithdrawn = "handoff_withdrawn";                // left the queue
    public const string HandoffTaken = "handoff_taken";                        // {name}: a staff member joined
    public const string StaffSays = "staff_says";                              // {text}: a staff member's message
    public const string HandoffClosed = "handoff_closed";                      // staff closed: thanks, rate 1–5
    public const string RatingCommentPrompt = "rating_comment_prompt";         // optional comment
    public const string NoCommentLabel = "no_comment_label";
    public const string RatingThanks = "rating_thanks";
    public const string ResumeOffer = "resume_offer";                          // {step}: continue the checklist from there?
    public const string EscalationOfferLegal = "escalation_offer_legal";       // contracts / legal responsibility: beyond the guide
    public const string EscalationOfferDistress = "escalation_offer_distress"; // distress or complaint words
    public const string EscalationOfferJudgement = "escalation_offer_judgement"; // the diagnosis needs a person's judgement
    public const string PersonSentAttachment = "person_sent_attachment";       // {kind}: shown to staff for a sticker, image …
    public static readonly string AttachmentPrefix = "attachment_";                     // attachment_sticker, attachment_image … (optional)
    public const string AttachmentOther = "attachment_other";
    // Staff side (Teams desk channel)
    public const string StaffCardTitle = "staff_card_title";
    public const string StaffStateLabel = "staff_state_label";
    public const string StaffStateWaiting = "staff_state_waiting";
    public const string StaffStateInProgress = "staff_state_in_progress";
    public const string StaffStateClosed = "staff_state_closed";
    public const string StaffReasonLabel = "staff_reason_label";
    public const string StaffWaitingSinceLabel = "staff_waiting_since_label";
    public const string StaffAreaLabel = "staff_area_label";
    public const string StaffWordsLabel = "staff_words_label";
    public const string StaffProjectLabel = "staff_project_label";
    public const string StaffDiagnosisLabel = "staff_diagnosis_label";
    public const string StaffMethodsLabel = "staff_methods_label";
    public const string StaffChosenMethod = "staff_chosen_method";
    public const string StaffChecklistLabel = "staff_checklist_label";
    public const string StaffRecentLabel = "staff_recent_label";
    public const string StaffTakeLabel = "staff_take_label";
    public const string StaffCloseLabel = "staff_close_label";
    public const string StaffOutcomeLabel = "staff_outcome_label";
    public const string StaffNoteLabel = "staff_note_label";
    public const string StaffOutcomeResolved = "staff_outcome_resolved";
    public const string StaffOutcomeContinuing = "staff_outcome_continuing";
    public const string StaffOutcomeReferred = "staff_outcome_referred";
    public const string StaffOutcomeWithdrawn = "staff_outcome_withdrawn";
    public const string StaffReasonAsked = "staff_reason_asked";
    public const string StaffReasonMisunderstood = "staff_reason_misunderstood";
    public const string StaffReasonLegal = "staff_reason_legal";
    public const string StaffReasonDistress = "staff_reason_distress";
    public const string StaffReasonJudgementcall = "staff_reason_judgementcall";
    public const string StaffReasonIntroduction = "staff_reason_introduction";
    public const string StaffIntroductionsLabel = "staff_introductions_label";
    public const string StaffSpeakerPerson = "staff_speaker_person";
    public const string StaffSpeakerBot = "staff_speaker_bot";
    public const string StaffSpeakerStaff = "staff_speaker_staff";
    public const string StaffAlreadyTaken = "staff_already_taken";
    public const string StaffTicketClosed = "staff_ticket_closed";
    public const string StaffNotOwner = "staff_not_owner";
    public const string StaffNotDelivered = "staff_not_delivered";
    public const string StaffOtherDesk = "staff_other_desk";
    public const string DeskBound = "desk_bound";
    public const string DeskBindRefused = "desk_bind_refused";
    public const string DeskBindUnknown = "desk_bind_unknown";
    public static readonly string StaffReasonPrefix = "staff_reason_";
    public static readonly string StaffOutcomePrefix = "staff_outcome_";
    public static readonly string StaffSpeakerPrefix = "staff_speaker_";
    public const string FileDeclined = "file_declined";                        // Teams: the person declined the file
    public const string FileExpired = "file_expired";                          // Teams: the draft expired before it was accepted
    public const string FileUploadFailed = "file_upload_failed";               // Teams: the upload to OneDrive failed

    // Partner search (dialogs/partners.yaml)
    public const string PartnerIntro = "partner_intro";
    public const string PartnerKindPrompt = "partner_kind_prompt";              // what kind of organisation?
    public const string PartnerAnyKindLabel = "partner_any_kind_label";
    public const string PartnerNeedPrompt = "partner_need_prompt";              // what does the project need from a partner?
    public const string PartnerOfferPrompt = "partner_offer_prompt";            // what can you offer?
    public const string PartnerFieldPrompt = "partner_field_prompt";
    public const string PartnerSkipLabel = "partner_skip_label";                // don't know / nothing in particular
    public const string PartnerResultTitle = "partner_result_title";
    public const string PartnerCardTitle = "partner_card_title";                // {rank} {name}
    public const string PartnerCardSubtitle = "partner_card_subtitle";          // {kind} {prefecture} {municipality}
    public const string PartnerWhyLabel = "partner_why_label";
    public const string PartnerFieldsLabel = "partner_fields_label";
    public const string PartnerOffersLabel = "partner_offers_label";
    public const string PartnerNeedsLabel = "partner_needs_label";
    public const string PartnerLastConfirmed = "partner_last_confirmed";        // {year} {month} {day}
    public const string PartnerReasonNeed = "partner_reason_need";              // {resource}
    public const string PartnerReasonField = "partner_reason_field";            // {field}
    public const string PartnerReasonMunicipality = "partner_reason_municipality"; // {municipality}
    public const string PartnerReasonPrefecture = "partner_reason_prefecture";  // {prefecture}
    public const string PartnerReasonTheirNeed = "partner_reason_their_need";   // {resource}
    public const string PartnerReasonExperience = "partner_reason_experience";
    public const string PartnerNextPrompt = "partner_next_prompt";              // request an introduction, desk, menu
    public const string PartnerRequestLabel = "partner_request_label";
    public const string PartnerPickPrompt = "partner_pick_prompt";
    public const string PartnerPickLabel = "partner_pick_label";                // {rank} {name}
    public const string PartnerPickAllLabel = "partner_pick_all_label";
    public const string PartnerRequestRecorded = "partner_request_recorded";    // {names}
    public const string PartnerRequestWords = "partner_request_words";         // {names}: the words a ticket for an introduction carries
    public const string PartnerNone = "partner_none";                          // honest: no match
    public const string PartnerNoneOfferDesk = "partner_none_offer_desk";
    public const string PartnerFindLabel = "partner_find_label";                // the button after a recommendation
    public const string PartnerOfferAfterRecommend = "partner_offer_after_recommend";
    public const string AreaPrefecturePrompt = "area_prefecture_prompt";
    public const string AreaMunicipalityPrompt = "area_municipality_prompt";    // {prefecture} {whole}
    public const string AreaWholePrefectureLabel = "area_whole_prefecture_label";

    // The person's data
    public const string DeleteDataConfirm = "delete_data_confirm";             // delete your answers and progress?
    public const string DataDeleted = "data_deleted";
    public const string DataKept = "data_kept";

    // Channels
    public const string LineGroupOnly = "line_group_only";                     // the bot was added to a LINE group: it works in 1:1 chats

    public static readonly IReadOnlyList<string> All = typeof(MessageKeys)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
