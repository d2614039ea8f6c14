"""train/tw1: short mail, the phone-typed, hurried and angry kind (Ashbourne & Dale CLP).
All content hand-written.

Every body is a few words to three or four lines (an occasional quoted original or forward is
longer). 33 short threats (veiled, implicit, conditional, wish-harm, explicit, noisy,
non-native, third-party reports, web-form and social notifications, quoted and forwarded) and
32 short non-threats: curt angry complaints, violent metaphors and benign violent words,
terse queries, genuinely urgent operational notes, apologies and motions, data-protection
one-liners, thanks and robots. Short mail gives little evidence, so each message has to say
what it is in very few words."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tw1", seed=5901)
P = c.person
IPH = "\n\nSent from my iPhone"

# ===================================================================== safety (33)

c.add("safety", subject="nice door", sender=P("Carl", "Brindley", "hotmail.co.uk"),
      tags=("short", "veiled", "implicit", "home"),
      body="nice blue door on kedleston rd helen. be a shame if anything happened to it")

c.add("safety", subject="", sender=("", "nomorelies77@protonmail.com"),
      tags=("short", "veiled", "implicit", "children", "routine"),
      body="Your lad still gets the 8.10 from the end of Brook Lane doesn't he. Just saying.")

c.add("safety", subject="Matlow Bridge", sender=P("Wayne", "Stubbs"),
      tags=("short", "conditional", "veiled"),
      body="last chance. drop the matlow bridge selection or it gets sorted our way")

c.add("safety", subject="WARNED", sender=("G Turton", "gturton1959@aol.com"),
      tags=("short", "veiled", "noisy"),
      body="YOU HAVE HAD TWO EMAILS FROM ME NOW. THERE WONT BE A THIRD ONE. THINK ON")

c.add("safety", subject="thursday", sender=("", "dalewatch@outlook.com"),
      tags=("short", "veiled", "noisy", "date"),
      body="s h e  w i l l  g e t  w h a t s  c o m i n g  after thursdays vote")

c.add("safety", subject="Baddeley", sender=P("Lee", "Gratton", "yahoo.co.uk"),
      tags=("short", "explicit"),
      body="Tell Baddeley next time I see him in the Greyhound I'm going to hurt him. Properly. He can't say he wasn't told." + IPH)

c.add("safety", subject="your office", sender=P("Dennis", "Hollins", "btinternet.com"),
      tags=("short", "wish-harm"),
      body="Before you go crying to the police this isn't a threat. But if someone torched your little office on Church St I'd shake their hand.")

c.add("safety", subject="market", sender=("Marius", "marius.d.84@yahoo.com"),
      tags=("short", "non-native", "veiled"),
      body="You people are traitor. I remember your face from stall saturday in market place. Next time I am not only looking.")

c.add("safety", subject="him again", sender=P("Joanne", "Slack"),
      tags=("short", "third-party-report", "stalking", "waiting"),
      body="Helen same man outside the office again this morning, stood across the road 40 mins watching the door. Jo won't go in on her own. what do we do" + IPH)

c.add("safety", subject="another one", sender=P("Anita", "Sharma"),
      tags=("short", "third-party-report", "harassment", "children"),
      body="Got another of those letters this morning. Same handwriting. This one has Maya's name and her school in it. I'll bring it tonight, I haven't opened the rest. A")

c.add("safety", subject="New submission: Contact the CLP", sender=c.form_robot(), reply_to="patriot1066@gmail.com",
      tags=("short", "webform", "implicit", "car"),
      body=c.webform({"Name": "A Patriot", "Email": "patriot1066@gmail.com",
                      "Subject": "Cllr Sharma",
                      "Message": "tell your councillor we know which car is hers. silver yaris, reg ends TKV. parks it on Dale Rd every tuesday."}))

c.add("safety", subject="Lee Dawson commented on your post", sender=("Facebook", "notification@facebookmail.com"),
      headers={"X-Facebook-Notify": "group_comment; mailid=5a8e1f0c", "List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS2kq7&u=100089>"},
      tags=("short", "social", "explicit", "doxxing"),
      body="""Lee Dawson commented on your post in Ashbourne & Dale Labour.

Lee Dawson: "this lot want stringing up. start with the secretary, she lives up cromford rd, number on the door and everything 🙂"

Reply   Like

View comment: https://www.facebook.com/groups/ashbournedalelabour/permalink/8812234
Facebook Ireland Ltd, 4 Grand Canal Square, Dublin 2""")

c.add("safety", subject="Re: Membership arrears", sender=P("Gary", "Lomas", "sky.com"),
      tags=("short", "quoted", "veiled"),
      body=c.quote_reply("you'll regret sending me this. you really will.",
                         """Dear Gary,

Our records show your membership is three months in arrears. You can update your payment details on Membersnet or reply to this email and I will help.

Best wishes,
Helen Pryce
Secretary, Ashbourne & Dale CLP""", style="gmail"))

c.add("safety", subject="winter fuel", sender=P("Stuart", "Bagshaw"),
      tags=("short", "conditional", "explicit"),
      body="If my mum goes cold this winter because of your lot and something happens to her, I'm coming for your MP. Simple as that.")

c.add("safety", subject="14th", sender=("", "tick.tock.dale@gmail.com"), fmt="html",
      html_body='<html><body><div dir="ltr"><p>Tick tock.</p><p>The 14th isn\'t far off now. Hope your MP enjoys her surgery.</p></div></body></html>',
      tags=("short", "html-only", "veiled", "date"),
      body="Tick tock.\n\nThe 14th isn't far off now. Hope your MP enjoys her surgery.")

c.add("safety", subject="careful", sender=P("Kieran", "Mellor", "icloud.com"),
      tags=("short", "veiled", "routine"),
      body="seen you leaving st oswalds on your own after the surgery. dark that car park isnt it. careful" + IPH)

c.add("safety", subject="Mr Baddeley", sender=("Tomasz K", "tomaszk1979@wp.pl"),
      tags=("short", "non-native", "conditional", "veiled"),
      body="Mr Baddeley must to stop with the flats on Oak Lane. If no, my brothers will visit him, they are not polite like me.")

c.add("safety", subject="all of you", sender=("", "dale_truth@proton.me"),
      tags=("short", "noisy", "explicit"),
      body="someone should k!ll the lot of you traitors and honestly i might be the one to do it")

c.add("safety", subject="long memories", sender=P("Roy", "Gascoigne", "btinternet.com"),
      tags=("short", "veiled", "wish-harm", "routine"),
      body="Nobody is threatening anybody. I'm only saying folk in Tissford have long memories and your councillor has to walk home from the bus some night.")

c.add("safety", subject="Fwd: enjoy the GC", sender=P("Ian", "Pell"),
      tags=("short", "forwarded", "third-party-report", "car", "date"),
      body=c.forward("fyi this came to my personal email last night. no idea how they got it. Ian",
                     "we know where your chair parks on a thursday. enjoy the GC",
                     "dalewatch <dalewatch@outlook.com>", "GC"))

c.add("safety", subject="followed home", sender=P("Bev", "Marsh"),
      tags=("short", "third-party-report", "following"),
      body="Helen - a grey estate followed me from Mill St hall right to my house after the branch meeting. Sat outside a minute then went. Same car as last month I think. Bit shaken. Bev")

c.add("safety", subject="package on the step", sender=P("Claire", "Wheeldon"),
      tags=("short", "third-party-report", "suspicious-item"),
      body="theres a parcel left on the office step addressed to Ruth, no stamp, no postmark, taped all the way round. havent touched it. do i ring 999 or you?" + IPH)

c.add("safety", subject="b4 the vote", sender=("", "dalelad88@hotmail.com"),
      tags=("short", "noisy", "veiled"),
      body="u lot r finished. wud b a shame if ur windows went in b4 the vote wouldnt it x")

c.add("safety", subject="you're next", sender=("", "anon.derbys@gmail.com"),
      tags=("short", "veiled", "subject-only"),
      body=".")

c.add("safety", subject="Anita's post", sender=P("Gemma", "Ward"),
      tags=("short", "third-party-report", "pile-on", "doxxing"),
      body="300 comments under Anita's housing post now, loads saying they'll turn up at hers, one's put her street name up. can someone get it taken down tonight please")

c.add("safety", subject="your MP", sender=P("Malcolm", "Fearn", "aol.com"),
      tags=("short", "wish-harm", "veiled"),
      body="Hope one dark night your MP gets the same welcome she gave the pensioners. No witnesses, nobody sorry.")

c.add("safety", subject="Tissford", sender=P("Shane", "Kirkland"),
      tags=("short", "explicit", "noisy"),
      body="if that cllr comes canvassin tissford again ill break his jaw. no joke")

c.add("safety", subject="school photos", sender=("", "concerned.parent.dale@outlook.com"),
      tags=("short", "veiled", "implicit", "children"),
      body="Lovely school photos on your Facebook. St Anne's, isn't it? Green jumpers.")

c.add("safety", subject="a warning", sender=P("Neville", "Oakes"),
      tags=("short", "veiled"),
      body="Consider this a warning, a friendly one. The next one won't come by email.")

c.add("safety", subject="Website enquiry", sender=c.form_robot(), reply_to="vasile.r@yahoo.ro",
      tags=("short", "webform", "non-native", "veiled", "date"),
      body=c.webform({"Your name": "Vasile", "Your email": "vasile.r@yahoo.ro",
                      "Your message": "I come to your meeting 20 with my friends. We make sure nobody vote for this mosque plan. You will not forget this day."}))

c.add("safety", subject="22 Wye Close", sender=P("Darren", "Cope"),
      tags=("short", "conditional", "veiled", "car"),
      body="You've been told nice. Stop putting your rubbish through 22. Next one goes through your windscreen, not mine.")

c.add("safety", subject="Re: thank you for talking to us", sender=("", "wyeside.resident@gmail.com"),
      tags=("short", "quoted", "veiled", "home"),
      body=c.quote_reply("knocked on the wrong door love. we've got your names now and we know which streets you do.",
                         """Thank you for talking to our team on Saturday. If you have any questions about the Dale Valley bus consultation please reply to this email.

Ashbourne & Dale Labour""", style="bottom"))

c.add("safety", subject="ring me", sender=P("Sue", "Allsop"),
      tags=("short", "third-party-report", "following"),
      body="Helen ring me. bloke at the stall said he'd 'see me later' then he was outside the coop when I came out. I'm sat in the car with the doors locked" + IPH)

# ===================================================================== complaint (10)

c.add("complaint", subject="dd", sender=P("Margaret", "Hodgkinson", "btinternet.com"),
      tags=("short", "hard-negative", "angry", "leaving"),
      body="Disgraceful. Cancel my direct debit. 31 years a member and this is how you treat us.")

c.add("complaint", subject="third time", sender=P("Phil", "Spencer"),
      tags=("short", "hard-negative", "angry", "ignored"),
      body="you lot never answer. third time asking about the ward minutes. pathetic")

c.add("complaint", subject="AGM", sender=P("Rosemary", "Bunting"),
      tags=("short", "hard-negative", "angry", "meeting-menace-benign"),
      body="See you at the AGM Helen. I'll have plenty to say about how that selection was run, and I won't be the only one.")

c.add("complaint", subject="winter fuel", sender=P("Keith", "Sellors", "talktalk.net"),
      tags=("short", "hard-negative", "metaphor"),
      body="This winter fuel decision will bury us in every village from here to Hartington. Blood on their hands. Tell the MP that from me." + IPH)

c.add("complaint", subject="regional", sender=P("Deborah", "Flint"),
      tags=("short", "hard-negative", "angry", "this-isnt-over"),
      body="Expect a formal complaint to regional office by Friday. This isn't over.")

c.add("complaint", subject="suspension letter", sender=P("Graham", "Towndrow", "hotmail.com"),
      tags=("short", "hard-negative", "legal-threat"),
      body="You'll be hearing from my solicitor about that letter. Nobody spoke to me first.")

c.add("complaint", subject="URGENT!!!", sender=P("Carol", "Greatorex"),
      tags=("short", "confuser", "urgent-subject", "angry"),
      body="why has nobody put the branch minutes up since MAY. its been months. who is actually doing the job")

c.add("complaint", subject="parking", sender=P("Derek", "Woolley", "yahoo.co.uk"),
      tags=("short", "hard-negative", "metaphor", "angry"),
      body="Your councillors are killing this town with these parking charges. Political suicide. I'll make sure everyone at the Legion knows who voted for it.")

c.add("complaint", subject="Re: your enquiry", sender=P("Pauline", "Hand"),
      tags=("short", "hard-negative", "angry", "quoted"),
      body=c.quote_reply("No it is NOT fine. You said someone would ring me back. Nobody did. Two weeks.",
                         """Hi Pauline, thanks for getting in touch, someone from the branch will give you a ring this week. Helen""",
                         style="outlook"))

c.add("complaint", also=["query"], subject="why", sender=("Ngozi", "ngozi.eze@yahoo.co.uk"),
      tags=("short", "confuser", "complaint-as-query", "non-native"),
      body="I am member 4 years now, nobody invite me to any meeting not once. Is not fair. I want somebody explain me why.")

# ===================================================================== query (5)

c.add("query", subject="gc", sender=P("Josh", "Marriott"),
      tags=("short", "confuser", "terse-query"),
      body="what time does gc start thurs")

c.add("query", subject="canvassing", sender=P("Lorraine", "Gee"),
      tags=("short", "confuser", "terse-query", "guest"),
      body="Can I bring my 16 yr old on Saturday's canvass? She's dead keen. x" + IPH)

c.add("query", subject="which ward", sender=P("Yusuf", "Rahman"),
      tags=("short", "confuser", "terse-query", "ward"),
      body="Hi, just moved to Oak Lane DE4. Which ward/branch am I in now? Thanks")

c.add("query", subject="URGENT", sender=P("Brian", "Cresswell", "aol.com"),
      tags=("short", "confuser", "query-with-urgent"),
      body="is the branch meeting still on the 12th or did it move")

c.add("query", subject="access", sender=P("Hazel", "Bown"),
      tags=("short", "confuser", "terse-query", "access"),
      body="Is Mill St hall step free? My chair doesn't do steps lol. H")

# ===================================================================== urgent (4)

c.add("urgent", subject="hall tonight", sender=P("Colin", "Spencer"),
      tags=("short", "confuser", "urgent-today"),
      body="caretaker says the hall's double booked TONIGHT, we're out. can we use the office for the branch mtg? need to know by 5")

c.add("urgent", subject="leaflets", sender=P("Tracey", "Goodall"),
      tags=("short", "hard-negative", "benign-violent-word", "urgent-tomorrow"),
      body="Printers have the Dovebank leaflets ready but they bin them if not collected by 9am tomorrow. Cost a bomb so someone please grab them. I'm at work." + IPH)

c.add("urgent", subject="Radio Derby - by 3pm", sender=P("Nia", "Prosser"),
      tags=("short", "confuser", "press-deadline"),
      body="Radio Derby want a CLP quote on the Darley clinic closure by 3 today. Are we happy for me to use the one Anita gave the Mercury? Yes/no will do.")

c.add("urgent", subject="count key", sender=P("Andrew", "Beresford"),
      tags=("short", "confuser", "urgent-today"),
      body="Pete's in A&E (he's ok, wrist). He's got the store key for tonight's count boxes. Who else has one?? need it by 6")

# ===================================================================== procedural (3)

c.add("procedural", subject="apols thurs", sender=P("Bev", "Marsh"),
      tags=("short", "confuser", "apology"),
      body="Apologies for Thursday's GC please - Bev Marsh, Dovebank. Grandson's birthday.")

c.add("procedural", subject="bus motion", sender=P("Ian", "Pell"),
      tags=("short", "confuser", "motion"),
      body="Helen - Dovebank passed the bus cuts motion last night (text below). Seconder Gemma Ward. For the Nov GC agenda please.\n\n\"This CLP calls on the county council to reverse the cut to the 218 and 219 evening services.\"")

c.add("procedural", subject="nomination women's officer", sender=P("Sue", "Allsop"),
      tags=("short", "confuser", "nomination"),
      body="I'd like to nominate Gemma Ward for Women's Officer. She's happy to stand. Sue Allsop (Tissford branch)")

# ===================================================================== data-protection (3)

c.add("data-protection", subject="list", sender=P("Alan", "Frith"),
      tags=("short", "confuser", "dp-no-legal-words", "unsubscribe"),
      body="please take me off your list")

c.add("data-protection", subject="my number", sender=P("Karen", "Dunn", "outlook.com"),
      tags=("short", "confuser", "dp-no-legal-words"),
      body="How did you get my mobile number?? I've never given it to Labour or anyone else." + IPH)

c.add("data-protection", also=["complaint"], subject="cc", sender=P("Rhys", "Gould"),
      tags=("short", "confuser", "dp-no-legal-words", "cc-breach"),
      body="You've cc'd the whole branch on that email. My home address is in the signature block and now 80 people have it. Not happy.")

# ===================================================================== other (4)

c.add("other", subject="ta", sender=P("Val", "Redfern"),
      tags=("short", "confuser", "thanks"),
      body="thanks for the lift last night x")

c.add("other", subject="tonight!!", sender=P("Chloe", "Hartle"),
      tags=("short", "hard-negative", "benign-violent-word", "hustings"),
      body="Knock em dead at the hustings tonight Helen!! So proud of you 💪" + IPH)

c.add("other", subject="your dad", sender=P("Moira", "Critchlow"),
      tags=("short", "confuser", "condolence"),
      body="So sorry to hear about your dad, Helen. Thinking of you. Don't even think about the minutes. M")

c.add("other", subject="rota", sender=P("Dylan", "Stone"),
      tags=("short", "hard-negative", "benign-violent-word"),
      body="this stall rota is killing me lol. bringing cake saturday to make up for being rubbish at it")

# ===================================================================== bulk (3)

c.add("bulk", subject="Automatic reply: Dovebank minutes", sender=P("Anita", "Sharma"),
      headers=c.autoreply_headers("exchange"),
      tags=("short", "confuser", "out-of-office"),
      body="I'm away until 3 November with no access to email. For council matters please contact members.services@derbydales.example.gov.uk.")

c.add("bulk", subject="Reminder: Dale Labour Quiz Night is tomorrow", sender=("Eventbrite", "noreply@event.eventbrite.com"),
      tags=("short", "confuser", "robot-no-list-headers", "event-reminder"),
      body="Reminder: Dale Labour Quiz Night\nTomorrow, 7:30pm, Matlow Bridge Cricket Club\n1 x General admission\n\nView your tickets in the Eventbrite app.")

c.add("bulk", raw=c.bounce("ian.pell@btinternet.co", orig_subject="GC agenda"),
      tags=("short", "confuser", "bounce"), body="")

c.write()
