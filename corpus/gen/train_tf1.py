"""train_tf1: personas writing to the secretary of Hatherley CLP (Priya Nair).

Personas: Margaret Ellison (retired headteacher), Keeley Doyle (19, Young Labour),
Alan Pettifer (conspiracy-minded constituent), Julian Fenwick (fixated on the MP),
Owen Tranter (regional office organiser). MP: Ruth Calloway. All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf1", seed=1601)
SEC = "%s <%s>" % c.secretary()

ELLISON = ("Margaret Ellison", "m.ellison@btinternet.com")
KEELEY = ("Keeley Doyle", "keeleyd_x@icloud.com")
PETTIFER = ("Alan Pettifer", "alan.pettifer@protonmail.com")
FENWICK = ("Julian Fenwick", "j.fenwick77@outlook.com")
TRANTER = ("Owen Tranter", "owen.tranter@labourregion.org.uk")

P_ME = "persona-margaret-ellison"
P_KD = "persona-keeley-doyle"
P_AP = "persona-alan-pettifer"
P_JF = "persona-julian-fenwick"
P_OT = "persona-owen-tranter"

# ---------------------------------------------------------------- Margaret Ellison
c.add("procedural", sender=ELLISON, subject="Motion for the February General Committee - SEND provision",
      body="""Dear Priya,

I hope this finds you well, and that the new year has been kinder to you than the last few weeks of the old one.

On behalf of St Anne's branch, which considered and carried the following at its meeting on Thursday 15th January (attendance 14, carried with one abstention), I should be grateful if you would place the motion below on the agenda of the February General Committee.

MOTION: Special Educational Needs Provision in Hatherley

This CLP notes:
1. That Hatherley Borough Council's high-needs block overspent by £4.1m last year and that the council is now consulting on reductions to specialist teaching support.
2. That families in the constituency currently wait on average 31 weeks for an Education, Health and Care Plan assessment, well beyond the statutory 20 weeks.

This CLP believes:
1. That children with special educational needs must not pay the price for a funding formula that was broken long before this government took office.

This CLP resolves:
1. To write to Ruth Calloway MP asking her to raise the high-needs deficit with ministers.
2. To invite the Labour group's lead member for children's services to address a future GC.

Proposer: Margaret Ellison (St Anne's)
Seconder: Dennis Wragg (St Anne's)

I appreciate that motions are due fourteen days before the meeting and I believe this is in comfortable time. If the wording requires any tidying to comply with standing orders I am, as ever, open to suggestion, though I would ask that the substance is not altered without reference back to the branch.

With kind regards,

Margaret Ellison
Branch Secretary (retired, but still taking minutes), St Anne's Branch
""", tags=(P_ME,))

c.add("query", sender=ELLISON, subject="AGM arrangements - hearing loop and a guest",
      body="""Dear Priya,

Two small matters regarding the Annual General Meeting on the 28th, if I may.

Firstly, could you tell me whether the Millbrook Community Centre has a working induction loop in the main hall? My hearing aids have been playing up since the autumn and I found the last meeting in the Pavilion extremely difficult to follow, which I suspect showed. If there is no loop, would it be possible for me to sit near the top table?

Secondly, my husband Frank would like to accompany me. He is not a member (he describes himself as a "fellow traveller", which dates him rather) and I quite understand if he cannot sit in the body of the meeting, but might he sit at the back as an observer? He will not speak. I can vouch for that, having tried for forty-one years to get him to.

Many thanks,

Margaret
""", tags=(P_ME,))

c.add("complaint", also=["procedural"], sender=ELLISON, subject="Minutes of the November GC - correction required",
      body="""Dear Priya,

I have now had the opportunity to read the draft minutes of the November General Committee, and I am afraid I must ask for two corrections before they are put to the meeting for approval.

Item 6 records that "M. Ellison spoke against the motion." I did not. I spoke in favour of the motion and against the amendment, which is a rather different thing, and anyone present will confirm it. As the minutes will stand as the record of the CLP, I should like this put right.

Item 6 also omits any mention of the fact that I was stopped by the Chair after barely a minute, while the mover of the amendment was allowed to speak for nearly five. I do not expect minutes to be a verbatim transcript, but I do think it should be recorded that a speaker was ruled out of time, because members who were not present will otherwise wonder why the branch's view was put so briefly.

I have been chairing meetings of one kind or another since 1979 and I do not say this lightly: the handling of that item was not fair, and several of the newer members said as much to me afterwards in the car park. I intend to raise it under matters arising at the next meeting and I shall say so politely but plainly. I am copying nobody into this, as I would rather it were dealt with properly than loudly.

Yours sincerely,

Margaret Ellison
""", tags=(P_ME, "hard-negative", "angry"))

c.add("complaint", sender=ELLISON, subject="The two-child limit",
      body="""Dear Priya,

I am writing not as a branch officer, but as a member of forty years' standing who spent thirty-two of them in primary schools.

I taught children whose families were living on very little. I watched them come in without breakfast and go home to cold houses. I am told by the government that keeping the two-child limit is a matter of "fiscal responsibility". I am told by the Chancellor that "difficult choices" must be made. The difficult choice is being made by an eight-year-old in Eastfield who is choosing between her reading book and her packed lunch.

This policy is quietly killing the life chances of a generation. I do not think that is an exaggeration. If ministers keep it, they will have the futures of those children on their hands, and I think the party will find that keeping it is political suicide with exactly the voters we most need.

I would ask that this letter is passed to Ruth Calloway MP, and that the CLP makes its view known through whatever channels are open to it. I shall be proposing something to the branch.

With kind regards,
Margaret Ellison (Mrs)
""", tags=(P_ME, "hard-negative", "metaphor", "angry"))

c.add("safety", sender=ELLISON, subject="Millbrook branch meeting on Tuesday - a matter of concern",
      body="""Dear Priya,

I am sorry to trouble you with a long letter. First, the routine business, and then something I think you must know about.

Apologies were received from Cllr Oduya and from Mrs Haddad. Twelve members attended. The branch agreed to fund a further 2,000 leaflets for the Eastfield by-election from its own account and to hold its Christmas social at the Feathers on the 12th. Dennis will send the formal minutes in due course; I am merely the deputy note-taker and these are my scribbles.

Now the other matter. When we came out at about 9.15pm there was a man standing by the railings at the entrance to the car park. I had noticed him earlier through the window of the hall, walking up and down, but thought nothing of it. He was perhaps in his forties, grey hooded coat, a small dog. As people left he called out "Which one of you is Oduya's lot?" and when nobody answered he said, quite calmly, that he knew Cllr Oduya lived "on Prospect Road, with the white van," and that "she wants to be careful on her own at night."

Two of our youngest members, Keeley and a young man called Ashok, set off to walk to the bus stop on the main road, and this man followed them, at a distance, as far as the corner of Mill Street. I stood and watched until he turned back. They got on their bus, and Keeley has texted me since to say she is home and fine, but she was shaken.

I am not someone given to alarm. In forty years of school gates I have met a good many angry men. This one was not angry; he was deliberate, and that is what troubled me. I think Cllr Oduya ought to be told, and I think the police should be informed, but I did not want to do either without speaking to you first, as I do not know what the party's procedure is.

I shall be at home all tomorrow if you would like to ring me.

Margaret
""", tags=(P_ME, "third-party-report", "following", "embedded", "implicit"))

c.add("other", sender=ELLISON, subject="Thank you",
      body="""Dear Priya,

Just a short note to thank you, and everyone on the Executive, for the beautiful flowers that arrived on Friday. Frank tells me they are alstroemeria; I would have said they were lovely and left it at that.

The hip is mending well. The physiotherapist is a fearsome young woman who reminds me of myself in 1985, and I am under instruction to walk to the end of the road and back twice a day. I hope to be back at the GC by the spring, though perhaps not yet at the leafleting.

With warmest wishes, and gratitude,

Margaret
""", tags=(P_ME,))

c.add("data-protection", sender=ELLISON, subject="The Millbrook contact sheet",
      body="""Priya,

I wonder if you could help with something that has rather upset me.

A neighbour of mine who joined the party in the summer has shown me the "branch contacts" sheet that was sent round to all the new members in Millbrook and St Anne's last week. My home address, my landline and my mobile number are on it, together with a note that I am "usually in during the day". I have no idea who compiled it.

I have always been happy for the branch officers to have my details, of course. I was not asked whether they could be sent to a hundred and fifty people I have never met, and the "usually in" I find particularly unfortunate for a woman of my age who lives on a quiet road.

Would you find out who sent it, ask them to send a note asking people to delete it, and make sure that my details are not passed round in that way again? I should also like to know who else has been sent it.

Thank you,

Margaret Ellison
""", tags=(P_ME, "confuser", "dp-no-legal-words"))

c.add("procedural", sender=ELLISON, subject="Apologies - GC 12 March / nomination",
      body="""Dear Priya,

Please record my apologies for the General Committee on the 12th; I have a hospital appointment that I cannot move.

I should also like to submit my own nomination for the post of Political Education Officer, which I understand falls vacant at the AGM. St Anne's branch nominated me at its last meeting (minute 4(b), copy attached when Dennis gets round to typing it up) and I enclose the signed form as a photograph, which I am told is acceptable now. If it is not, I will post the original.

Kind regards,
Margaret Ellison
""", tags=(P_ME,))

c.add("other", sender=ELLISON, subject="Summer fair - the figures",
      body="""Dear Priya,

I promised you the figures from Saturday and here they are, before I forget where I put the envelope.

Tombola: £212.40
Cake stall: £188.00 (the lemon drizzle sold out by eleven; I am told this is my fault for making too few)
Books and bric-a-brac: £97.50
Raffle: £341.00
Refreshments: £156.20

Total £995.10, less £60 for the hire of the Scout hut, so we made an absolute killing by our standards. The tombola was a riot from start to finish, largely because the Eastfield children had discovered the water pistols donated by Mr Shah, and I do not think the Scout leader will forgive us for the damp floor.

The cash is in the branch account as of this morning. Dennis has the receipts.

Margaret
""", tags=(P_ME, "hard-negative", "benign-violent-word"))

c.add("safety", sender=ELLISON, subject="An anonymous letter",
      body="""Priya,

I have hesitated about whether to send you this, but Frank has persuaded me.

This morning an envelope was pushed through our letterbox with no stamp, so it was delivered by hand. It was addressed, in capitals, to "THE LABOUR WOMAN AT NUMBER 14". I am copying out exactly what it said, spelling and all:

"WE KNOW WHO YOU ARE AND WHICH HOUSE IS YOURS. WE SEE YOU WITH YOUR LEAFLETS AND YOUR LITTLE TROLLEY. STOP PUTTING YOUR LIES THROUGH OUR DOORS OR WE WILL MAKE SURE YOU STOP. THIS IS THE ONLY WARNING. THE STREET HAS HAD ENOUGH."

I have kept the letter and the envelope in a plastic sleeve; old habits. I have not touched it more than I had to.

I delivered the St Anne's round on Wednesday as usual, so whoever wrote it saw me then. I am not frightened exactly, but I will not be doing the round on my own for a while, and I think the other deliverers on the estate should be told to go in pairs.

Should I ring 101 or will you? I would welcome your advice.

Margaret
""", tags=(P_ME, "third-party-report", "veiled", "implicit"))

c.add("bulk", sender=ELLISON, subject="Automatic reply: Re: GC papers",
      headers=c.autoreply_headers("rfc3834"),
      body="""Thank you for your email. I am away visiting my sister in Harrogate until Monday 14th April and shall have only occasional access to the computer, which is to say none.

If your message concerns St Anne's branch business please contact Dennis Wragg on 01632 960 418.

Margaret Ellison
""", tags=(P_ME, "autoreply"))

# ---------------------------------------------------------------- Keeley Doyle
c.add("query", sender=KEELEY, subject="sat",
      body="""hiya is there canvassing this sat?? where do we meet & what time, i can do morning but have work at 2 x

Sent from my iPhone""", tags=(P_KD,))

c.add("query", sender=KEELEY, subject="membership q + new address",
      body="""Hi Priya!! sorry to bother u

so basically im at uni now (Hatherley campus not far lol) and my dd is still coming out at the full amount?? i thought under 26 was cheaper or is that only if ur a student, i am a student. how do i change it

also ive moved out of my mums, new address is Flat 9, Kingfisher House, Northgate Rd, HA3 7PL. does that mean im in a diff branch now?? i dont want to leave millbrook everyone there is lovely esp margaret

thank uuu
keeley""", tags=(P_KD,))

c.add("other", sender=KEELEY, subject="WE SMASHED IT",
      body="""omg priya we absolutely smashed it on the doors today!!! 3 whole streets in eastfield done, 41 contacts, ashok killed it on the big estate, i got a dog jumping on me and a man who wanted to talk about bins for 20 mins but still. we're SO back

pic of the team attached (well it will be when my phone stops being a nightmare)

k xx

Sent from my iPhone""", tags=(P_KD, "hard-negative", "benign-violent-word"))

c.add("safety", sender=KEELEY, subject="i need help w something pls",
      body="""hi priya im really sorry to message u on a sunday

so the video i posted of us canvassing (the one with the funny bin man) got picked up by some account with like 200k followers and now its everywhere. im getting hundreds of comments and dms. most are just the usual calling me a commie or whatever but some are really bad. someone found out which halls im in and posted the name of the building with "see you soon keeley 👋" and another one said "shes at kingfisher house lads, 3rd floor, door's got a rainbow sticker on it" which it has. there's like 60 likes on that

i dont know who gave it them. ive locked everything now. my flatmate says i should go to the police but i dont know if its bad enough?? i didnt want to tell my mum

what do i do. does the party have someone for this

keeley

Sent from my iPhone""", tags=(P_KD, "pile-on", "doxxing", "third-party-report", "social", "noisy"))

c.add("urgent", sender=KEELEY, subject="LEAFLETS???",
      body="""priya the eastfield leaflets arent at the office!!! went round just now and its locked and nobody answering. we're supposed to start the round at 9 tmrw morning with the YL lot, 8 of us coming. who has the key?? or are they somewhere else?? pls ring me 07700 900 314 tonight if u can

k""", tags=(P_KD,))

c.add("complaint", sender=KEELEY, subject="youth officer thing",
      body="""Hi Priya,

Sorry but I have to say something. Nobody told the YL group the GC was moved to Wednesday. We turned up to the Pavilion on Thursday, 6 of us, for the youth officer vote, and it was locked. Then we find out on Facebook it happened the night before and someone got elected who has literally never been to a single YL meeting.

I know ur a volunteer and I'm not having a go at you personally, but it keeps happening. Young members get told we're "the future of the party" and then we're the last people anyone emails. If it's not sorted I'll make sure everyone in YL knows exactly how it went down, and tbh a few people are already talking about not renewing.

Can you explain how this happened?

Keeley""", tags=(P_KD, "hard-negative", "angry"))

c.add("procedural", sender=KEELEY, subject="Nomination - Youth Officer (AGM)",
      body="""Hi Priya,

I would like to nominate myself for Youth Officer at the AGM.

Nominated by: Millbrook branch (meeting 4th March)
Seconded by: Ashok Verma (member no. L1187204)
My member no. is L1192256

Do I need to write a statement? If so how long, I'll keep it short I promise

Thanks,
Keeley Doyle""", tags=(P_KD,))

c.add("other", sender=KEELEY, subject="",
      body="""LMAOOO did u see what he was wearing at the meeting tho. the cardigan. im screaming. meet u at spoons after x""", tags=(P_KD, "misdirected"))

c.add("safety", sender=KEELEY, subject="fwd from a group chat - prob nothing but",
      body="""hey so my mate from work is in a local facebook group chat thing (hatherley matters or something) and sent me screenshots. i'm typing out what it says bc the screenshots won't attach

"someone needs to teach that oduya woman a lesson tbh"
"she drinks in the crown every friday after her council thing, sits by the window"
"cant miss her lol"
"say no more 🤫"

idk if that's a threat or just people being idiots but the "say no more" bit freaked me out. cllr oduya was at our canvassing session so i feel like she should know? i can ask my mate for the names of who said it

k""", tags=(P_KD, "third-party-report", "implicit", "social", "noisy"))

c.add("data-protection", sender=KEELEY, subject="texts to my mum",
      body="""hi, random one but my mum keeps getting texts from a Labour number saying "Hi Keeley, can you help on the doors this weekend?" - it's her number not mine!! i think i put her number down years ago when i joined at 15 and i never changed it. she's not a member and she's a bit annoyed tbh (she votes green lol)

can you take her number off whatever it's on and put mine instead (07700 900 314)

ty""", tags=(P_KD, "confuser", "dp-no-legal-words"))

c.add("bulk", sender=("Facebook", "notification@facebookmail.com"), subject="Keeley Doyle mentioned you in a comment",
      headers={"X-Facebook-Notify": "mention; mailid=5e1b2c3d", "List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS2x&u=100087>", "Precedence": "bulk"}, fmt="alt",
      body="""Keeley Doyle mentioned you in a comment in Hatherley Young Labour.

Keeley wrote: "Hatherley Labour Party the hustings last night was a bloodbath 😂 the tory candidate got absolutely destroyed on the housing question, someone get the clip"

View comment: https://www.facebook.com/groups/hatherleyyounglabour/permalink/4471009

Reply to this email to comment on this post.

This message was sent to secretary@hatherleylabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""", tags=(P_KD, "hard-negative", "metaphor", "social"))

# ---------------------------------------------------------------- Alan Pettifer
c.add("complaint", sender=PETTIFER, subject="EASTFIELD LOW TRAFFIC NEIGHBOURHOOD - OPEN AIR PRISON",
      body="""To the Secretary,

I am writing to register my total opposition to the so-called "Low Traffic Neighbourhood" imposed on Eastfield without any meaningful consultation, which as you well know is the first stage of the 15 MINUTE CITY programme agreed at the C40 and the World Economic Forum.

Residents were not asked. The "consultation" was an online survey which anyone in the world could fill in, including, I have no doubt, paid activists. The planters went in on the 3rd. The cameras went in on the 10th. The cameras are the point. They are not for traffic, they are for monitoring movement, and in five years' time you will need a permit to visit your own mother in Northgate. Laugh now.

I have raised this with Councillor Oduya three times without the courtesy of a reply. I am now raising it with the Labour Party itself since it is your councillors who voted it through.

I want answers to the following:
1. Who funded the cameras?
2. What data is collected and where is it sent?
3. Why was no public meeting held?

If I do not receive answers within 14 days you'll be hearing from my solicitor, and I will be making all correspondence public.

A. Pettifer
Cranleigh Road, Eastfield
""", tags=(P_AP, "hard-negative", "legal-threat", "angry"))

c.add("data-protection", sender=PETTIFER, subject="Subject Access Request - A. Pettifer",
      body="""Dear Sir/Madam,

I hereby request a copy of ALL personal data the Hatherley Constituency Labour Party, its officers, councillors and agents hold on me, including but not limited to: canvass returns, "voter ID" markings, notes, emails in which I am named, and any record of my political opinions, which I understand are special category data.

I also request to know the source of that data and every third party it has been shared with, including the national Labour Party, "Contact Creator", and any data broker.

I note you have one calendar month to comply. I will not accept a redacted list of my name and address.

Alan Pettifer
""", tags=(P_AP,))

c.add("safety", sender=PETTIFER, subject="Digital ID - a reckoning is coming",
      body="""Secretary,

I have read Ruth Calloway's "newsletter" (propaganda) in which she boasts of "supporting" digital ID, and I want it on record, for when this is looked back on, that she was told.

Digital ID is not about immigration. It was never about immigration. It is the on-switch for the social credit system. Once your ID is linked to your bank and your bank to your "carbon allowance" they can switch you off. Ask the Canadian truckers. Ask the Dutch farmers. Every single step has been announced in advance by the people doing it, in their own documents, and every single time the "fact checkers" call it a conspiracy theory and every single time it happens.

The MP has been sent three dossiers by me. She has answered none. She has not read them. She is either stupid or complicit, and I don't believe she is stupid.

So let me say this plainly and you can pass it on. Ruth Calloway should remember what happened at Nuremberg. The people will hold their own trials when this is over, and there will be no hiding place for those who signed it through. We have her voting record, we have her photograph and we have her office address. Nobody will be able to say afterwards that they were only following orders.

A. Pettifer
""", tags=(P_AP, "veiled", "embedded"))

c.add("complaint", sender=PETTIFER, subject="WHO Pandemic Treaty",
      body="""Secretary,

Once again I find myself writing because the MP will not.

The WHO "pandemic agreement" is the death of British sovereignty. Unelected bureaucrats in Geneva will decide when we lock down, what we inject and what we are allowed to say about it. Every MP who sits on their hands while this passes is a traitor to the people who elected them, and they will be swept away at the next election like the last lot were. Mark my words, Labour will be finished in Hatherley.

I want a straight answer, yes or no, on whether Ms Calloway supports handing these powers to the WHO.

A. Pettifer
""", tags=(P_AP, "hard-negative", "metaphor", "angry"))

c.add("query", sender=PETTIFER, subject="surgery times",
      body="""When and where is the MP's next surgery in Eastfield or Northgate. I intend to hand her a dossier personally since the post clearly is not reaching her. Does one need an appointment.

A Pettifer""", tags=(P_AP,))

c.add("safety", sender=PETTIFER, subject="Smart meters - Cranleigh Road",
      body="""To the Labour Party,

This is a formal notice that the residents of Cranleigh Road will not be accepting the "upgraded" meters that the council's energy partner is installing with Labour's blessing. We know what they do. They can be switched off remotely and they can see when you are home.

If the engineers come down our road again next week, I cannot answer for what happens to them or their vans, and I will not be stopping my neighbours from taking matters into their own hands. Councillor Oduya's white van has been noted outside the engineers' depot on two occasions. People round here know it. She would be wise to keep it off our road.

You have been told.

A. Pettifer""", tags=(P_AP, "conditional", "implicit"))

c.add("bulk", sender=("Hatherley Awake", "alan@hatherleyawake.mlsend.com"), subject="HATHERLEY AWAKE - Issue 14: What They Don't Want You To Know About The New Bus Gates",
      headers=c.newsletter_headers("Mailerlite"), fmt="html",
      body="",
      html_body="""<html><body style="background:#fffbe6;font-family:Georgia,serif">
<h1 style="color:#b30000">HATHERLEY AWAKE</h1>
<p><i>Independent news for free-thinking residents. Issue 14.</i></p>
<h2>THE BUS GATES: FOLLOW THE MONEY</h2>
<p>Last month the council quietly awarded a <b>£1.2 MILLION</b> contract for "traffic enforcement cameras". Who supplies them? A company whose parent firm sits on a <u>World Economic Forum</u> working group. Coincidence? You decide.</p>
<h2>READER'S LETTER: "My smart meter knew I was on holiday"</h2>
<p>Mrs J. from Millbrook writes that her energy company emailed her to say her usage was "unusually low" the week she was in Tenerife...</p>
<h2>NEXT MEETING</h2>
<p>Tuesday 7.30pm, back room of the Railway Inn. All welcome. Bring a friend who is still asleep!</p>
<hr>
<p style="font-size:10px">You are receiving this because you were added by Alan Pettifer. <a href="https://hatherleyawake.mlsend.com/unsubscribe">Unsubscribe</a></p>
</body></html>""", tags=(P_AP, "html-only", "newsletter"))

c.add("safety", sender=PETTIFER, subject="Re: Your email of 3rd June",
      body=c.quote_reply("""I note your "reply". Two lines, which is two more than the MP has ever managed, so I suppose I should be grateful.

You say the Council "follows national guidance" on the vaccine programme in care homes. The national guidance killed my mother's friend Joan in 2021 and half a dozen others at Fernleigh. The inquest said "natural causes". Of course it did.

I'm not saying anybody should do anything to Councillor Oduya, she is just the local face of it. But when the vaccine-injured finally get their justice, and they will, I won't be shedding any tears if something happens to her on the way. Funny how accidents happen to people who think they are untouchable.

A. Pettifer""",
      """Dear Mr Pettifer,

Thank you for your email. I understand that the council follows national guidance on the vaccination programme in care homes. I have passed your message to Cllr Oduya's office.

Kind regards,
Priya Nair
Secretary, Hatherley CLP""", quoted_from=SEC),
      tags=(P_AP, "wish-harm", "veiled", "quoted"))

c.add("other", sender=PETTIFER, subject="Re: dossier",
      body="""Ms Nair,

Thank you for acknowledging receipt of the dossier and for saying you would pass it on. Whatever our differences you are the first person in that organisation who has answered me civilly and I wanted to say so.

A. Pettifer""", tags=(P_AP,))

c.add("complaint", sender=PETTIFER, subject="Banned from the Hatherley Labour Facebook page - censorship",
      body="""I have been BANNED from commenting on the Hatherley Labour Party Facebook page. For what? For posting a link to a peer-reviewed study and asking a question. No swearing, no abuse, nothing.

This is a public page of a political party which is supposed to represent ALL the constituents of Hatherley, not just the ones who agree with it. You cannot claim to "listen to residents" and then delete residents.

I want to know who banned me, under what policy, and I want the ban lifted. I have screenshots of everything.

Alan Pettifer""", tags=(P_AP,))

# ---------------------------------------------------------------- Julian Fenwick
c.add("safety", sender=FENWICK, subject="for Ruth - please pass on",
      body="""Hello,

Please could you make sure Ruth gets this. I know you read her emails first.

I saw her at the Co-op on Hatherley Road on Sunday morning about 10.20. She had her hair up and was buying flowers, I think for her mother. She looked tired. I didn't go over because of last time, but I wanted her to know that I noticed, and that I'm not angry about last time any more.

Also she should not walk back from the Eastfield surgery along Willow Lane. I have walked it several times at that time of evening to check and it is very dark past the allotments. Anyone could be waiting there. She should let me walk with her.

Julian""", tags=(P_JF, "stalking", "implicit"))

c.add("safety", sender=c.form_robot(), reply_to=FENWICK, subject="New submission: Contact us",
      body=c.webform({
          "Name": "Julian Fenwick",
          "Email": "j.fenwick77@outlook.com",
          "Postcode": "HA2 4DW",
          "Subject": "Personal - for Ruth Calloway only",
          "Message": """I need to see Ruth privately. Not at a surgery with the caseworker sitting in, that isn't appropriate for what we have to talk about. She knows why.

Until she agrees I'll come to every surgery, Northgate and Eastfield, every week. I'll wait outside afterwards as well. It would be easier for both of us if she just replied.""",
          "I consent to Hatherley Labour storing my details": "Yes",
      }), tags=(P_JF, "stalking", "webform", "implicit"))

c.add("safety", sender=FENWICK, subject="Why are you keeping her from me",
      body="""You've blocked my other email. Very mature.

I know it's you doing it and not her. She would not do that. She smiled at me at the Remembrance service, I know what I saw.

I know she gets the 7.40 from Hatherley on Monday mornings to London. Second carriage from the front usually. If you won't let her read my emails I'll just explain it to her there, in person, where you can't delete anything.

J""", tags=(P_JF, "stalking", "implicit"))

c.add("safety", sender=FENWICK, subject="a poem for R", fmt="html",
      body="",
      html_body="""<html><body><div style="font-family:'Comic Sans MS';color:#4b0082">
<p><i>For R.</i></p>
<p>The blue door on Larch Close<br>
stays shut when I pass,<br>
but the kitchen light is on at six<br>
and I know you're home.</p>
<p>The little one in the green blazer<br>
waves at the lollipop man at St Mary's.<br>
She has your walk.</p>
<p>I'm never far away.<br>
I never will be.</p>
<p>J x</p>
<p style="font-size:9px">please print this and give it to her, she won't see it otherwise</p>
</div></body></html>""", tags=(P_JF, "stalking", "implicit", "html-only"))

c.add("safety", sender=FENWICK, subject="The police",
      body="""I had two police officers at my door on Thursday telling me to stop "contacting" Ruth Calloway. Stop contacting my own MP? I am a constituent. I have every right to write to her and to go to her surgeries, it's what they're for.

Who reported me. Was it you. I want the name of whoever made this complaint because it is malicious, and I want it withdrawn.

The officer said the word "harassment". There's no harassment. Harassment is what's being done to ME. I'll keep writing, and I'll keep going to surgeries, and I'll keep being wherever she is, because nobody can stop a man standing in a public place.

Julian Fenwick""", tags=(P_JF, "stalking", "harassment"))

c.add("data-protection", sender=FENWICK, subject="Data request",
      body="""To the Data Controller, Hatherley CLP.

I request copies of all information you hold about me, including all emails mentioning my name, any notes made about me by the MP's staff or party officers, and any information passed about me to Hatherley Police, with dates.

Please send it to this address.

Julian Fenwick
14b Sandford Street
Hatherley HA2 4DW""", tags=(P_JF,))

c.add("safety", sender=("J F", "rosegarden.jf@gmail.com"), subject="something for Ruth at the office",
      body="""Hi, I left a parcel for Ruth by the side door of the constituency office this morning, wrapped in silver paper with a ribbon. It's a gift. Please don't let anyone else open it, it's for her only, it's very personal and she must open it herself, on her own.

I'll know if she has.""", tags=(P_JF, "stalking", "suspicious-item", "implicit"))

c.add("safety", sender=FENWICK, subject="sorry",
      body="""I'm sorry about the last email. I was upset. I've been sleeping badly.

I'm calmer now. I don't want anyone to be frightened of me. I just want her to know that whatever she decides, I'll always be nearby. Every day. That doesn't have to be a bad thing.

J""", tags=(P_JF, "stalking", "implicit"))

c.add("safety", sender=FENWICK, subject="Re: Contact with this office",
      body=c.quote_reply("""You don't get to decide that. You're a volunteer with a website.

I will be at the Northgate surgery on Friday like every Friday. If someone tries to stop me going in, I'll wait for her outside where she parks the silver Golf. I know which bay.""",
      """Mr Fenwick,

I am writing on behalf of Hatherley CLP. You have been asked, by the MP's office and by the police, to stop contacting Ruth Calloway other than in writing through the constituency office. This office will not forward further personal messages to her. Any further correspondence of this kind will be passed to the police.

Priya Nair
Secretary, Hatherley CLP""", quoted_from=SEC, style="bottom"),
      tags=(P_JF, "stalking", "quoted", "implicit"))

# ---------------------------------------------------------------- Owen Tranter (regional office)
c.add("procedural", sender=TRANTER, subject="Hatherley - local government selections timetable (2027)",
      body="""Hi Priya,

As discussed at Thursday's call, here's the timetable for the 2027 borough selections. Please circulate to branch secretaries and the LCF secretary.

- Freeze date: 31 October (members must have joined by this date and be in good standing to take part)
- Applications open: 10 November
- Applications close: 1 December, 12 noon
- Shortlisting (LCF panel): w/c 8 December
- Branch selection meetings: 12 January - 6 February
- Appeals: within 48 hours of a selection meeting, to the regional office in writing

Sitting councillors seeking reselection go through the trigger process first; those ballots need to be done by 28 November. I'll send the ballot paper template separately.

Two reminders: the panel must include at least one woman and at least one member from an under-represented group, and nobody who intends to apply can sit on it. I've had to unpick that in two other CLPs this month so please double-check.

Any questions, give me a shout.

Owen

Owen Tranter
Regional Organiser
The Labour Party""", tags=(P_OT,))

c.add("bulk", sender=("Regional Office Secretaries List", "secretaries@lists.labourregion.org.uk"),
      subject="[CLP Secretaries] Candidate and officer safety - updated guidance",
      headers=c.list_headers("CLP Secretaries", domain="lists.labourregion.org.uk"),
      body="""Dear CLP Secretaries,

Sent on behalf of Owen Tranter, Regional Organiser.

As you will have seen in the national press, there has been a further rise in abuse and intimidation directed at candidates and elected representatives of all parties, including the recent case in which a councillor in a neighbouring region was confronted at her home. The Speaker's Conference has published its latest findings on MPs' security, and the party has updated its guidance for CLPs in light of them.

The updated guidance (attached) covers:
- keeping officers' and candidates' home addresses off public documents, including nomination papers where the law allows
- working in pairs when canvassing after dark
- what to do if a member receives a threat (record it, report to police on 999 if immediate, 101 otherwise, and to the regional office)
- the Operation Bridger contact for MPs

Please share this with your EC and branch secretaries. There is a short online briefing on Tuesday 14th at 7pm for anyone who wants to talk it through.

Regional Office

--
You are receiving this because you are subscribed to CLP Secretaries.
To unsubscribe email secretaries-leave@lists.labourregion.org.uk""",
      tags=(P_OT, "hard-negative", "news-about-threats", "list"))

c.add("urgent", sender=TRANTER, subject="Eastfield by-election - nomination papers - need by 12 noon TOMORROW",
      body="""Priya,

Sorry to chase, but we still don't have Eastfield's nomination papers back, and nominations close at 12 noon tomorrow (Friday). Electoral services won't accept them a minute late and we will not have a candidate.

What I need in my hand by 10am tomorrow at the latest so I can walk them over to the town hall:
- nomination form with 10 subscribers, all on the Eastfield register (check elector numbers against the new register, not the old one)
- candidate's consent to nomination, signed and witnessed
- home address form
- certificate of authorisation (I have this)

If there's a problem with any of the subscribers, ring me tonight, not tomorrow: 07700 900 552.

Owen""", tags=(P_OT,))

c.add("data-protection", sender=TRANTER, subject="Millbrook email - what to do now",
      body="""Hi Priya,

Thanks for flagging this so quickly. To confirm what we discussed:

The Millbrook branch secretary sent the branch meeting notice to around 180 members with all addresses in the "To" field rather than BCC, and attached the branch contact sheet which includes home addresses and phone numbers. This is a personal data breach and it needs handling today.

1. Please ask the branch secretary to send a short recall/apology asking recipients to delete the email and attachment. Don't re-send the list in doing so!
2. Fill in the data breach form on Membersnet (under "Data protection") with the time, number of people affected, and what was disclosed. The Governance and Legal Unit decide whether it's reportable to the ICO; they have 72 hours from when we became aware, so it needs to be in by Monday lunchtime at the latest.
3. Note the member who raised it with you (Mrs Ellison?) and let her know it's being dealt with.
4. Going forward, branch secretaries should use the bulk email tool, not personal Gmail.

Not the end of the world - it happens more than you'd think - but it does need to be logged.

Owen""", tags=(P_OT,))

c.add("safety", sender=TRANTER, subject="FW: Message received by Cllr Oduya - for your awareness",
      body=c.forward("""Priya - for your awareness, and please treat as confidential to officers. Cllr Oduya received the below at her council address yesterday. Police have been informed (ref 44260098123) and the council's member support team are arranging a door camera. She's asked that the Eastfield team don't do evening sessions on Prospect Road for now. I've asked her not to reply.

Owen""",
      """Councillor,

You and your kind have ruined this town. You closed our library, you filled the Grange hotel with men from God knows where and you put cameras on every corner to watch decent people.

We know where you live. Prospect Road, number with the white van and the wind chime. We've watched you come and go. One of these nights someone is going to be waiting when you get back from one of your meetings, and there won't be any cameras pointing at you then.

Resign before May. Last warning.

A Hatherley resident""",
      "Hatherley Patriot <hpatriot1066@proton.me>", "You have been warned"),
      tags=(P_OT, "forwarded", "third-party-report", "explicit", "doxxing"))

c.add("query", also=["procedural"], sender=TRANTER, subject="Quick one - AGM date and officers",
      body="""Hi Priya,

Can you confirm the date of Hatherley's AGM, and once it's done, send me the names and contact details of your new officers (chair, secretary, treasurer, women's officer, BAME officer, youth officer, disability officer, LGBT+ officer, membership and trade union liaison)? I need them on the system before the end of the month or your CLP will show as "officers not confirmed" and you'll lose access to some of the Membersnet tools.

Cheers,
Owen""", tags=(P_OT,))

c.add("other", sender=TRANTER, subject="Moving on",
      body="""Hi Priya,

I wanted to let you know personally before the official email goes out: I've accepted a post at head office and will be leaving the regional team at the end of next month. Hatherley will be picked up by Jas Bhamra in the interim, who you met at the campaign day in Eastfield.

It's been a genuine pleasure working with you. You've held that CLP together through two by-elections and a selection that would have finished most people off, and the Eastfield result was down to your organising as much as anyone's.

Let's get a coffee before I go.

Owen""", tags=(P_OT, "hard-negative", "benign-violent-word"))

c.add("bulk", sender=TRANTER, subject="Out of Office: Hatherley - Eastfield count",
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email.

I am on annual leave until Monday 2 September with no access to email.

For urgent safeguarding or security matters affecting members, candidates or elected representatives, please call the regional office duty line on 0121 496 0712. For press enquiries please contact the regional press office.

Owen Tranter
Regional Organiser""", tags=(P_OT, "autoreply", "confuser", "robot-no-list-headers"))

c.add("procedural", sender=TRANTER, subject="Motions on the Middle East - guidance before your GC",
      body="""Hi Priya,

I understand a couple of branches are bringing motions on Gaza to next month's GC. That's absolutely fine and CLPs debate this all the time, but a reminder of the ground rules from the NEC guidance so that nobody gets caught out:

- A motion can call on the government or the party to do things; it cannot instruct the MP how to vote.
- Motions must not contain language that could be considered antisemitic or Islamophobic under the party's codes of conduct. If in doubt, the chair can rule a motion or part of it out of order, and should record the reason.
- Amendments must be received by the deadline in your standing orders. Please don't accept "composites" on the night.
- If you expect a large attendance, have a steward on the door and make sure only members of the GC vote.

Happy to look over the wording in advance if the chair wants.

Owen""", tags=(P_OT,))

c.add("safety", sender=TRANTER, subject="URGENT - officers' addresses posted online",
      body="""Priya,

Please ring me as soon as you see this.

We've been alerted by a member that a local Telegram channel ("Hatherley Says No") has posted a graphic with the names, photos and home addresses of five of your EC members, including you, Graham and Cllr Oduya. The caption reads: "These are the people who voted to put the migrants in the Grange. Their doors are open to visitors. Let's pay them a visit this weekend."

It has around 900 views so far and a number of replies along the lines of "I'm only ten minutes from Larch Close". We have reported it to Telegram and to the police, and the regional security adviser is contacting each person named.

Please do not reply to the channel or share the image further. If you can, stay with family this weekend; I'll call later about what the police recommend.

Owen""", tags=(P_OT, "doxxing", "third-party-report", "social", "implicit"))

c.add("query", sender=TRANTER, subject="Millbrook blitz Saturday - numbers?",
      body="""Hi Priya,

Can you let me know roughly how many volunteers you can get out for the Millbrook blitz on Saturday? We want to hit the doors hard in the two target polling districts (MB2 and MB4) and I need to know whether to bring over people from neighbouring CLPs. Two sessions, 10-1 and 2-4.30, meeting at the Scout hut.

Also - is anyone in your lot happy to run the phone bank in the evening? We're trying to knock out the last 600 numbers before the postal votes land.

Owen""", tags=(P_OT, "hard-negative", "benign-violent-word"))

c.write()
