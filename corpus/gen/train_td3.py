"""train/td3: data-protection, part 1 (Kelvin North CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td3", seed=1403)
SEC = "%s <%s>" % c.secretary()
NL = ("confuser", "dp-no-legal-words")


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


NEWSLETTER = """KELVIN NORTH LABOUR - AUTUMN UPDATE

Hi everyone,

What a month! Thanks to the 60+ volunteers who turned out for the Balgray by-election - we held
the seat with an increased majority. Our next big push is the Holyrood campaign and we need you.

* Action day this Saturday, 11am, Mossvale Community Hub
* Phone bank every Tuesday, 7pm, on Zoom
* Christmas social, 12 December, the Springbank Tavern

Jamie Rennie
Secretary, Kelvin North CLP

You are receiving this because you are a member or supporter of Kelvin North Labour."""

# 1 informal SAR, very short
c.add("data-protection", subject="what do you have on me",
      sender=c.person("Callum", "Fraser"),
      body="Hi, can I see what you hold on me? Just curious what's on your system. Callum Fraser, Mossvale",
      tags=NL + ("sar", "one-line"))

# 2 formal SAR
c.add("data-protection", subject="Subject Access Request - Ms Lorna McIntyre",
      sender=c.person("Lorna", "McIntyre"),
      body="""Dear Data Controller,

SUBJECT ACCESS REQUEST UNDER ARTICLE 15 OF THE UK GDPR

I am writing to make a subject access request under Article 15 of the UK General Data Protection
Regulation and section 45 of the Data Protection Act 2018.

Please provide me with:
1. a copy of all personal data that Kelvin North Constituency Labour Party, its branches and
   officers hold about me, in any format, including emails, spreadsheets, canvassing records
   (including any data held in Contact Creator, Doorstep or similar systems), notes of meetings,
   and messages in WhatsApp or other messaging groups run by the CLP or its officers;
2. the purposes for which my data is processed and the lawful basis relied on, including the
   condition for processing my political opinions;
3. the recipients to whom my data has been disclosed;
4. the period for which it will be retained;
5. the source of any data not collected from me.

My details are:
Name: Lorna McIntyre
Address: 14/2 Auchenbrae Court, Kelvin North
Membership number: L0912287
Email: as above

I expect a response within one calendar month of receipt, as required. If you need further
information to verify my identity please let me know promptly, as this will pause the clock.

Yours faithfully,
Lorna McIntyre""",
      tags=("dp-legal", "sar", "formal"))

# 3 "Delete me."
c.add("data-protection", subject="Delete me", body="Delete me.",
      sender=c.person("Stuart", "Boyd"), tags=NL + ("erasure", "one-line"))

# 4 left the party, remove everything
c.add("data-protection", subject="Left the party - please remove me",
      sender=c.person("Fiona", "Campbell"),
      body="""Hi Jamie,

I cancelled my membership last month (my own reasons, not getting into it). Can you please make
sure I'm taken off everything - the CLP email list, the Balgray branch WhatsApp, the phone bank
list and whatever spreadsheet the canvass team uses. I'd rather not get a "we miss you" call
either.

Thanks,
Fiona""",
      tags=NL + ("erasure", "left-party"))

# 5 how did you get my mobile, angry (also complaint)
c.add("data-protection", also=["complaint"], subject="HOW did you get my mobile number",
      sender=c.person("Derek", "Sinclair"),
      body="""I got a text tonight at 9.40pm from "Kelvin North Labour" asking if I'd "be voting for Karen in
Thursday's by-election". I have never given my mobile number to the Labour Party. I'm not a
member. I've never signed a petition. I want to know where you got it and I want it deleted.

And 9.40pm? Really?

D. Sinclair""",
      tags=NL + ("how-got-details", "angry", "hard-negative"))

# 6 address in the minutes on the website
c.add("data-protection", subject="My address is in your minutes online",
      sender=c.person("Morag", "Henderson"),
      body="""Hello,

I've just googled my own name (my daughter told me to, to see what comes up) and the first thing
is a PDF of the Glenkelvin branch minutes from last year on your website, which has my full home
address in it because I offered to host the leaflet drop-off. I didn't expect that to be put on
the internet. Could you take it out please, or take the whole thing down?

Morag Henderson""",
      tags=NL + ("published-details",))

# 7 CC'd email exposing addresses
c.add("data-protection", subject="Re: Balgray action day",
      sender=c.person("Ruth", "Paterson"),
      body="""Jamie - heads up, the email about Saturday went out with everybody in the To: box rather than
BCC. I can see about 140 addresses including some that are obviously people's work emails and one
that's clearly a teenager's. Someone's already replied-all asking to be taken off. Might be worth
sending a quick note asking folk to delete it and not reply all?

Ruth""",
      tags=NL + ("cc-exposure", "breach"))

# 8 canvass sheets left in a pub
c.add("data-protection", subject="papers left in the bar",
      sender=("The Springbank Tavern", "springbanktavern@outlook.com"),
      body="""Hello,

One of our staff found a bundle of papers in the snug after closing on Saturday, we think after
your group had a drink here in the afternoon (the red rosettes gave it away). It's about 20
sheets, street names in Springbank and Mossvale, people's names and house numbers with letters
beside them (L, S, C, X etc) and some handwritten notes like "hates the council", "moving in
March", "son in prison". Felt a bit wrong to even look at it.

It's behind the bar in an envelope. Can somebody come and collect it, or do you want us to
shred it? I'd rather not leave it lying about.

Cheers,
Gail (manager)""",
      tags=NL + ("lost-data", "breach"))

# 9 councillor sharing constituent's details (also complaint)
c.add("data-protection", also=["complaint"], subject="Councillor Drummond told my neighbour it was me",
      sender=c.person("Alison", "Murray"),
      body="""Dear Sir or Madam,

In August I wrote to Councillor Drummond (who I understand is one of your councillors) about the
noise and the dogs next door. I asked him specifically to keep my name out of it. Last week my
neighbour came round to "have a word" because "your Labour councillor" had told him I'd complained, and
showed me the email on his phone - my email, with my name and my address at the bottom.

I now have to live next to this man. I'd like to know why the councillor passed on my email, who
else has it, and I want him to stop doing this to people.

Alison Murray""",
      tags=NL + ("councillor-sharing", "angry", "hard-negative"))

# 10 deceased father
c.add("data-protection", subject="My father, Robert Gillies",
      sender=c.person("Kirsty", "Gillies"),
      body="""Dear Jamie,

My dad, Robert (Bobby) Gillies, died in June. He was a member for over forty years and very proud
of it - he was a shop steward at the yard and used to talk about leafleting with Donald Dewar.

Could you please close his membership and take him off the lists so Mum stops getting letters
addressed to him, which she finds hard. And if the branch has anything with his name on it -
old letters, his long-service certificate, photos, anything from the minutes - I'd love to have
copies. We're putting together a memory book for the grandchildren.

Thank you,
Kirsty Gillies""",
      tags=NL + ("deceased", "sar", "erasure"))

# 11 formal erasure
c.add("data-protection", subject="Request for erasure of personal data",
      sender=c.person("Neil", "Galbraith"),
      body="""To the Secretary, Kelvin North CLP

I hereby request the erasure of all personal data relating to me held by the CLP, under Article
17 of the UK GDPR. I withdraw any consent previously given to processing for campaigning
purposes, and I object under Article 21 to any further processing for direct marketing.

I was a member until March of this year. I understand the national party may retain limited
membership records; this request is addressed to the CLP and its branches as data controllers
for the records they hold locally.

Please confirm in writing when this has been done.

Neil Galbraith""",
      tags=("dp-legal", "erasure", "formal"))

# 12 STOP emailing me (also complaint)
c.add("data-protection", also=["complaint"], subject="STOP",
      sender=c.person("Graham", "Reid"),
      body="""STOP SENDING ME THESE. I have clicked unsubscribe twice and they keep coming. Take me off
whatever list I'm on.""",
      tags=NL + ("unsubscribe", "angry", "noisy", "hard-negative"))

# 13 what did canvassers write about me
c.add("data-protection", subject="canvassers",
      sender=c.person("Shona", "Reid"),
      body="""Hi

Two of your lot came to the door on Saturday and when I said I'd probably vote SNP this time the
young one tapped something on her phone. What did she put? Am I on some list as SNP now? I'd like
to know what's been written about me (and my husband, she asked about him too).

Shona Reid
Netherhill""",
      tags=NL + ("sar", "canvass-records"))

# 14 web form SAR with legal words
c.add("data-protection", subject="New submission: Contact us",
      sender=c.form_robot(), reply_to=("Aaron Whyte", "aaron.whyte@protonmail.com"),
      body=c.webform({
          "Name": "Aaron Whyte",
          "Email": "aaron.whyte@protonmail.com",
          "Postcode": "G20 0XX",
          "Subject": "Data request",
          "Message": "I'd like a copy of all the information you hold about me please, under the Data\n"
                     "Protection Act 2018. I received a personalised letter from the MP addressed to me\n"
                     "by my first name that mentioned I 'care about the Kelvin walkway', which I did once\n"
                     "sign something about. I want to know what else is recorded.",
      }),
      tags=("dp-legal", "sar", "webform"))

# 15 officer breach report (also query)
c.add("data-protection", also=["query"], subject="I think I sent the list to the wrong person",
      sender=c.person("John", "McDonald"),
      body="""Jamie,

Bit of a panic. I've just sent the Lochburn branch contact spreadsheet (names, addresses, phones,
emails, about 90 members) to jon.mcdonald77@gmail.com instead of jon.macdonald77@gmail.com - Jon
MacDonald being our new campaign organiser. Autocomplete did it. The email hasn't bounced so it's
gone to a real person. I've sent a follow-up asking them to delete it but no reply yet.

What do I need to do? Do we have to tell the members? Do we have to report it to someone?
Really sorry.

John McDonald
Lochburn branch secretary""",
      tags=NL + ("breach", "officer-report"))

# 16 letter to late wife
c.add("data-protection", subject="Letter addressed to my late wife",
      sender=c.person("Hugh", "Paterson", provider="btinternet.com"),
      body="""Dear Sirs

This morning I received a letter from the Labour Party addressed to my wife, Jean Paterson, asking
her to renew her membership. Jean died two years ago. I wrote to the party at the time.

I should be grateful if you would remove her name from whatever list this came from, so that this
does not happen again.

Yours faithfully
Hugh Paterson""",
      tags=NL + ("deceased", "erasure", "elderly"))

# 17 16-year-old son texted
c.add("data-protection", subject="Text to my son",
      sender=c.person("Karen", "Lindsay"),
      body="""Hi,

My son is 16 and this week he got a text inviting him to join Scottish Young Labour and come to a
"youth campaign day". He's never had anything to do with the party. He doesn't even know where you
got his number and neither do I. Can you tell me how you got it and make sure he's taken off
whatever you've got? He's old enough to join something if he wants to, but he should be the one
to decide.

Karen Lindsay""",
      tags=NL + ("how-got-details", "minor"))

# 18 photo on Facebook (also complaint)
c.add("data-protection", also=["complaint"], subject="photo on your facebook",
      sender=c.person("Lisa", "Crawford"),
      body="""you've put a photo of me on your facebook page at the street stall on Byres Cross with my face
clear as day and the caption "local residents backing our campaign". I stopped to ask for
directions. I did not back anything. nobody asked me. take it down today please""",
      tags=NL + ("published-details", "photo", "angry", "hard-negative"))

# 19 rectification (also query)
c.add("data-protection", also=["query"], subject="Wrong details",
      sender=c.person("Sam", "Kerr"),
      body="""Hello,

All my letters from the party come addressed to "Mr S Kerr". I'm Ms Samantha Kerr, and I've told
the branch twice. The membership card also has my date of birth as 1987 - it's 1978 (I wish!).
Can you get these fixed, or tell me how I fix them myself?

Sam""",
      tags=NL + ("rectification",))

# 20 solicitor's SAR on behalf of client
c.add("data-protection", subject="Our client: Mr Thomas Blair Anderson - subject access request",
      sender=("Forsyth & Gow Solicitors", "dataprotection@forsythgow.example.co.uk"),
      body="""Dear Sirs

OUR CLIENT: MR THOMAS BLAIR ANDERSON
OUR REF: FG/TBA/2291

We act on behalf of the above-named, who was until recently a member of your Lochburn branch and
a candidate in the selection for the Lochburn/Netherhill council ward.

On behalf of our client, and with his signed authority (enclosed), we hereby make a subject access
request pursuant to Article 15 UK GDPR. Our client requests a copy of all personal data relating
to him held by Kelvin North Constituency Labour Party, its officers and its branches, including
but not limited to: correspondence concerning the selection process; notes of any shortlisting or
interview panels; emails, text or WhatsApp messages between officers which refer to our client by
name or by any identifiable description.

We would ask you to note that the one-month period runs from receipt of this letter. Please
direct your response to this office.

Yours faithfully

Forsyth & Gow
Solicitors""",
      tags=("dp-legal", "sar", "formal", "third-party-request"))

# 21 do you keep a record of how everyone votes (also query)
c.add("data-protection", also=["query"], subject="quick question about your records",
      sender=c.person("Ewan", "MacLeod"),
      body="""Is it true you keep a record of how everyone on the street votes? My neighbour says you've got
us all down with a colour. If that's so I'd like to know what colour I am and I'd like it taken
off, it's nobody's business. Ta, Ewan""",
      tags=NL + ("sar", "canvass-records"))

# 22 reply-all exposing details
c.add("data-protection", subject="Re: Lifts to the AGM",
      sender=c.person("Moira", "Grant"),
      body="""Jamie, Jean's just replied-all to the whole CLP list with "Yes please, I'm at 3/1 Firpark Road,
my buzzer doesn't work so phone 07700 900 212 and I'll come down". Bless her, but that's her
address and mobile to 400 people. Could you ask everyone to delete it? And maybe the list
shouldn't allow reply-all at all?

Moira""",
      tags=NL + ("cc-exposure", "breach"))

# 23 canvasser told neighbour I'm a member (also complaint)
c.add("data-protection", also=["complaint"], subject="Your canvasser",
      sender=c.person("Brian", "Lennox"),
      body="""I'm a member but I keep it to myself for reasons that are my own (work). On Saturday one of your
canvassers said to my neighbour over the fence, loud enough for half the street, "Oh Brian's one of
ours, he's a member". My neighbour then mentioned it to someone I work with.

I don't know who gave out the list of members to canvassers but whoever's got it shouldn't be
telling people. I want to know who has my details and why a canvasser was told I'm a member.

Brian Lennox""",
      tags=NL + ("disclosure", "angry", "hard-negative"))

# 24 take me off phone bank list
c.add("data-protection", subject="phone calls",
      sender=c.person("Agnes", "Duffy", provider="aol.com"),
      body="Please take me off the list for phone calls. This is the third one this week and I am 84 and it frightens me when the phone goes at night. Agnes Duffy",
      tags=NL + ("unsubscribe", "elderly"))

# 25 Scots, noisy erasure
c.add("data-protection", subject="nae mair letters",
      sender=c.person("Tam", "Docherty"),
      body="""I left in 2019 an I still get yer letters an yer emails an a wee card at christmas. Dinnae want
any of it. take me aff aw yer lists. every wan of them. cheers. Tam Docherty Lochburn""",
      tags=NL + ("erasure", "left-party", "noisy"))

# 26 objection with ICO threat (also complaint)
c.add("data-protection", also=["complaint"], subject="Objection to processing and complaint",
      sender=c.person("Heather", "Moffat"),
      body="""Mr Rennie,

On 3 September I asked, by email, to be removed from your mailing lists. On 17 September and 2
October I received further campaign emails. I therefore object, under Article 21 UK GDPR, to any
processing of my personal data for direct marketing, which includes political campaigning emails
according to the ICO's own guidance. I also note that sending these emails without valid consent
may breach the Privacy and Electronic Communications Regulations.

If I receive any further messages I will lodge a complaint with the Information Commissioner's
Office without further notice.

Heather Moffat""",
      tags=("dp-legal", "unsubscribe", "angry", "ico-threat", "hard-negative", "legal-threat"))

# 27 member wants the ward list (also query)
c.add("data-protection", also=["query"], subject="Can I have the membership list for Netherhill?",
      sender=c.person("Gordon", "Kerr"),
      body="""Hi Jamie,

I'm thinking of putting myself forward for the council selection in Netherhill and I'd like to
contact the members in the ward to introduce myself before the hustings. Can you send me the list
of Netherhill members with emails and phone numbers? A spreadsheet would be ideal. If it's easier
I can pick up a printout.

Cheers
Gordon""",
      tags=NL + ("access-to-others-data",))

# 28 officer asks whether to share list with union rep (also query)
c.add("data-protection", also=["query"], subject="sharing the branch list with Unite?",
      sender=c.person("Derek", "Boyle"),
      body="""Jamie, the Unite community rep has asked if we'd share the Auchenbrae branch list so they can
invite our members to the save-the-swimming-pool meeting. It's a good cause and most of our
members would want to come. Am I OK to send it to her or not? I don't want to do something I
shouldn't. Derek""",
      tags=NL + ("sharing-question", "officer-report"))

# 29 executor, deceased mother
c.add("data-protection", subject="Records relating to my late mother, Mrs Isobel Grant",
      sender=c.person("Iain", "Grant"),
      body="""Dear Mr Rennie,

I am the executor of the estate of my late mother, Mrs Isobel Grant, of Mossvale, who died on 2
May. I attach a copy of the death certificate and the confirmation granted by the Sheriff Court.

I understand that the data protection legislation does not strictly apply to the deceased, but I
would be grateful if you would (a) send me copies of any correspondence you hold from or about
her, as there is a question within the family about a donation she may have promised to the
party in her last months, and (b) thereafter delete her details.

Yours sincerely,
Iain Grant""",
      tags=("dp-legal", "deceased", "sar"))

# 30 lost canvassing phone (also urgent)
c.add("data-protection", also=["urgent"], subject="Lost the canvassing phone",
      sender=c.person("Ryan", "Kerr"),
      body="""Jamie - I think I left the CLP canvassing phone on the 6 bus this afternoon coming back from
Balgray. It's the black Samsung, the one logged into Doorstep with today's walk sheets for Firpark
and Lochburn Road. It has a PIN but it's 1234 (I know, I know). Can you or someone log it out
remotely today? I've reported it to First Bus lost property.

Ryan""",
      tags=NL + ("lost-data", "breach"))

# 31 how did you get my work email
c.add("data-protection", subject="Use of my work email address",
      sender=("Claire Ogilvie", "claire.ogilvie@ggc-hospitals.example.scot.nhs.uk"),
      body="""Hello,

I have started receiving Kelvin North Labour newsletters at my NHS work address. I've never used
this address for anything personal or political and I'm not comfortable having it on a party
mailing list - it could look as though I'm using work resources. Please remove it and let me
know where you got it from.

Regards
Claire Ogilvie""",
      tags=NL + ("how-got-details", "work-address"))

# 32 name on petition list posted online
c.add("data-protection", subject="petition names on facebook",
      sender=c.person("Anne", "Baxter"),
      body="""I signed your petition about the Mossvale post office at the stall outside the Co-op. Now
there's a photo of the signature sheets on your facebook page with everyone's name and street and
some phone numbers you can read if you zoom in. I didn't sign up to be on facebook. Please take
that photo down or blur it.

Anne Baxter""",
      tags=NL + ("published-details",))

# 33 send me everything including emails about me (also complaint)
c.add("data-protection", also=["complaint"], subject="everything with my name on it",
      sender=c.person("Kevin", "Donnelly"),
      body="""Jamie,

After what happened at the Glenkelvin branch meeting in March I know fine well there were emails
flying about between the chair and the vice-chair about me. I want to see them. Send me
everything you've got with my name on it - emails, the notes from the "informal meeting" they had
about me, the lot. I'm entitled to see what's been said about me behind my back.

Kevin Donnelly""",
      tags=NL + ("sar", "angry", "hard-negative"))

# 34 SAR follow-up, deadline missed (also complaint)
D, Q = pair()
c.add("data-protection", also=["complaint"], subject="Re: Subject Access Request - Ms Lorna McIntyre",
      sender=c.person("Lorna", "McIntyre"),
      body=c.quote_reply("""Dear Mr Rennie,

It is now six weeks since you acknowledged my subject access request (your email below). The
statutory deadline was one month. I have received nothing further.

Please provide the information within seven days. If I do not receive it, I shall refer the
matter to the Information Commissioner.

Lorna McIntyre""", """Dear Ms McIntyre,

Thank you for your email. I acknowledge receipt of your subject access request and will respond
as soon as possible.

Jamie Rennie
Secretary, Kelvin North CLP""", style="outlook", quoted_date=Q),
      date=D, tags=("dp-legal", "sar", "quoted", "angry", "hard-negative", "legal-threat"))

# 35 Polish non-member, where did you get my address
c.add("data-protection", subject="letter",
      sender=c.person("Tomasz", "Zielinski"),
      body="""Hello,

I am not member of Labour party but I receive letter with my name and my address from your MP.
Where you have my address? I don't give it to you. Please delete it from your computer.

Thank you
Tomasz Zielinski""",
      tags=NL + ("how-got-details", "non-native"))

# 36 Romanian, which informations
c.add("data-protection", subject="informations about me",
      sender=c.person("Ioana", "Marinescu"),
      body="""Good day,

I want to know which informations you keep about me. I was volunteer in the campaign last year
(I help with leaflets only two times) and now I receive every week messages. I want to see what
you have and after that maybe I want you to remove. Is possible?

Best regards,
Ioana Marinescu""",
      tags=NL + ("sar", "non-native"))

# 37 elderly, birthday card
c.add("data-protection", subject="Birthday card",
      sender=c.person("Margaret", "Stirling", provider="btinternet.com"),
      body="""Dear Sir,

I received a birthday card from the Auchenbrae branch last week, signed by "everyone at the
branch". It is a kind thought, and I am not complaining exactly, but I should like to know how the
branch knows my date of birth, and who else can see it. I don't recall telling anyone locally.

Yours faithfully,
Margaret Stirling (Mrs)""",
      tags=NL + ("how-got-details", "elderly"))

# 38 please remove me, on top of a quoted newsletter
D, Q = pair()
c.add("data-protection", subject="Re: Kelvin North Labour - Autumn update",
      sender=c.person("Paul", "Hendry"),
      body=c.quote_reply("Please remove me from this. Thanks.", NEWSLETTER, style="gmail", quoted_date=Q),
      date=D, tags=NL + ("unsubscribe", "quoted", "one-line"))

# 39 ALL CAPS who gave my number to your candidate (also complaint)
c.add("data-protection", also=["complaint"], subject="WHO GAVE MY NUMBER TO YOUR CANDIDATE",
      sender=c.person("Sandra", "McGinty"),
      body="""WHO GAVE MY NUMBER TO YOUR CANDIDATE. SHE HAS PHONED ME TWICE AND TEXTED ME A VIDEO OF
HERSELF. I HAVE NEVER GIVEN THIS NUMBER TO ANYBODY APART FROM THE DOCTORS AND MY WORK. I WANT AN
ANSWER AND I WANT IT DELETED""",
      tags=NL + ("how-got-details", "angry", "noisy", "hard-negative"))

# 40 HTML-only from council's DPO: misdirected casework
c.add("data-protection", subject="Personal data sent to you in error - request to delete", fmt="html", body="x",
      sender=("Information Governance Team", "infogov@kelvinnorth-council.example.gov.uk"),
      html_body="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Mr Rennie,</p>
<p>On 14 October an officer of the Council's Housing Services inadvertently sent an email containing
personal data of a council tenant (a casework response intended for Councillor Ahmed) to
<b>clp.secretary@kelvinnorthlabour.org</b> instead of the councillor's council address.</p>
<p>The email contained the tenant's name, address and details of a housing application. We have
assessed this incident under the UK GDPR and the Data Protection Act 2018.</p>
<p>We would be grateful if you would:</p>
<ol><li>delete the email and any copies (including from your deleted items);</li>
<li>confirm that it has not been forwarded or otherwise shared; and</li>
<li>reply to this address to confirm the above by 28 October.</li></ol>
<p>We apologise for any inconvenience. Please quote reference <b>IG-2026-0417</b>.</p>
<p>Yours sincerely,</p>
<p>Information Governance Team<br>Kelvin North Council</p>
<p style="font-size:8pt;color:#666">This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed.</p></body></html>""",
      tags=("dp-legal", "breach", "html-only", "official"))

# 41 got someone else's renewal letter
c.add("data-protection", subject="You sent me someone else's letter",
      sender=c.person("Douglas", "Brodie"),
      body="""Hi,

The envelope had my name on it but inside was a membership renewal letter for a Mrs Patricia
Lyons at an address in Netherhill, with her membership number and the last four digits of her
bank account. I assume mine's gone to her. I've put hers back in an envelope - where do you want
me to send it? Or should I just shred it?

Douglas Brodie""",
      tags=NL + ("misdirected-data", "breach"))

# 42 canvass sheets in a recycling bin
c.add("data-protection", subject="Found this in the bin outside Mossvale hub",
      sender=c.person("Stephen", "Gallacher"),
      body="""Jamie,

Walking past the Mossvale Community Hub this morning and the recycling bin lid was open with a
pile of what are obviously our walk sheets - the old printed ones with names, doors and voting
intention - blowing about the car park. I've picked up what I could (photo attached so you can
see which streets) and I've got them in my car. Someone must have cleared the cupboard and binned
them instead of shredding. Can we get a shredder for the hub?

Stephen""",
      tags=NL + ("lost-data", "breach", "attachment-described"))

# 43 canvass record wrong - accuracy
c.add("data-protection", subject="You've got me down wrong",
      sender=c.person("Jim", "Cowan"),
      body="""Hello there,

One of your canvassers let slip on Saturday that I'm "down as a Tory" on her sheet. I have voted
Labour every election since 1974. I suspect you've got me mixed up with the fella at number 14.
Can you put it right please? I don't want to miss out on a lift to the polling station because
your computer thinks I'm the enemy!

Jim Cowan
16 Lochburn Road""",
      tags=NL + ("rectification", "canvass-records"))

# 44 minutes mention disability
c.add("data-protection", subject="Please take this out of the minutes",
      sender=c.person("Gillian", "Ross"),
      body="""Dear Jamie,

At the September branch meeting I mentioned, in the discussion about accessible venues, that I have
MS and can't manage stairs on bad days. I didn't mind saying it in the room. But the minutes that
have now gone out to the whole branch email list (about 200 people, many I've never met) say
"Gillian Ross explained that her multiple sclerosis...". Could that be removed from the minutes
and the version that's gone out replaced? I'd rather people didn't know unless I tell them.

Thanks,
Gillian""",
      tags=NL + ("published-details", "minutes"))

# 45 councillor forwarded email about daughter's school (also complaint)
c.add("data-protection", also=["complaint"], subject="Councillor Brennan forwarded my private email",
      sender=c.person("Nicola", "Ferguson"),
      body="""Jamie,

I am absolutely furious. I wrote to Councillor Brennan, in confidence, about my daughter's
additional support needs and the fight we're having to get her a place at Auchenbrae Primary.
It included her diagnosis. I have just found out from another parent - who is married to a Labour
councillor - that Councillor Brennan forwarded my whole email to the entire Labour group "for
info". That's fourteen people who now know my daughter's medical details.

I want to know exactly who received it. I want them all to delete it. And I want an explanation
from Councillor Brennan, not a "lessons will be learned" email.

Nicola Ferguson""",
      tags=NL + ("councillor-sharing", "angry", "hard-negative"))

# 46 tenants' association list misused
c.add("data-protection", subject="Use of our members' contact details",
      sender=c.person("Maureen", "Quinn"),
      body="""Dear Secretary,

I'm the secretary of the Netherhill Tenants' and Residents' Association. Several of our members
have told me they've had emails from the Labour Party since our AGM, which one of your councillors
attended. The only place most of them gave an email address was our AGM sign-in sheet, which the
councillor offered to "type up for us".

We are a non-political association and we can't have our members thinking we hand their details
to a party. Please confirm that our sign-in list has not been added to any of your lists, or if it
has, that it will be removed.

Maureen Quinn
Secretary, Netherhill TARA""",
      tags=NL + ("how-got-details", "third-party-request"))

# 47 formal erasure with Data Protection Act
c.add("data-protection", subject="Removal of my details",
      sender=c.person("Alasdair", "Munro"),
      body="""Dear Mr Rennie,

Further to my resignation from the party, I ask that the Kelvin North CLP and its branches delete
all personal data they hold about me, in accordance with my rights under the Data Protection Act
2018 and the UK GDPR, and confirm in writing that this has been done, including from any personal
devices or accounts used by officers for party business.

Thank you.
Alasdair Munro""",
      tags=("dp-legal", "erasure", "left-party"))

# 48 Facebook Messenger notification, informal
c.add("data-protection", subject="Karen Wilson sent you a message",
      sender=("Facebook", "notification@facebookmail.com"),
      headers={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS2kN7wQ&u=100064&mid=6a3f>",
               "X-Facebook-Notify": "page_message; mailid=6a3f21b8G5af3e4c"},
      body="""Karen Wilson sent you a message

"Hiya, got a leaflet through the door today with "Dear Karen" on it and my street name.
How do yous know my name?? I've only just moved in last month. Can you tell me what you've
got about me"

View message: https://www.facebook.com/messages/t/kelvinnorthlabour

You're receiving this because you manage the Page Kelvin North Labour.
Facebook, Meta Platforms Ireland Ltd.""",
      tags=NL + ("social", "how-got-details", "sar"))

# 49 unsubscribe, one word
D, Q = pair()
c.add("data-protection", subject="Re: Kelvin North Labour - Autumn update",
      sender=c.person("Ross", "Tait"),
      body=c.quote_reply("unsubscribe", NEWSLETTER, style="bottom", quoted_date=Q),
      date=D, tags=NL + ("unsubscribe", "quoted", "one-line"))

# 50 children's photos at the gala
c.add("data-protection", subject="Photos of my children",
      sender=c.person("Louise", "Hamilton"),
      body="""Hi,

There are three photos on the Kelvin North Labour website from the Mossvale gala day showing my two
boys (7 and 9) at the face-painting stall, and one of them has his name in the caption because the
volunteer asked him. I didn't know they were being photographed for a political party's website
and I'm not happy about it. Please take those photos down.

Louise Hamilton""",
      tags=NL + ("published-details", "photo", "minor"))

# 51 new resident, how do you know my name
c.add("data-protection", subject="How do you know I live here?",
      sender=c.person("Priya", "Sharma"),
      body="""I moved into Firpark Road two weeks ago and today there was a letter addressed to me by name from
your MP welcoming me to the area. I haven't told anyone except the council and my bank. Who gave
you my name and address? It's a bit creepy honestly.

Priya""",
      tags=NL + ("how-got-details",))

# 52 lawful basis question
c.add("data-protection", subject="Lawful basis for processing",
      sender=c.person("Daniel", "Moir"),
      body="""Hello,

I've been canvassed three times this year and I'm curious about what you're doing with my
responses. Could you tell me what lawful basis Kelvin North CLP relies on to record voting
intention against my name, given that political opinions are special category data under
Article 9? And whether this data is shared with the national party or any third party such as a
data analytics provider?

Thanks,
Daniel Moir""",
      tags=("dp-legal", "canvass-records"))

# 53 WhatsApp screenshot with address (also complaint)
c.add("data-protection", also=["complaint"], subject="my address in the whatsapp group",
      sender=c.person("Lynn", "Watt"),
      body="""Jamie, someone in the Lochburn activists whatsapp posted a screenshot of the delivery list for
the leaflets with MY name, address and "doesn't answer door, leave in porch" on it. There's 70
people in that group, half of them I've never met. It's been up since yesterday. Can you get it
removed and tell people to stop posting lists in the group. Not happy.

Lynn""",
      tags=NL + ("published-details", "angry", "hard-negative"))

# 54 polite elderly SAR
c.add("data-protection", subject="A small request",
      sender=c.person("Robert", "Thomson", provider="btinternet.com"),
      body="""Dear Mr Rennie,

I wonder whether I might see the notes that your volunteers keep about me. A young man who called
on Saturday seemed to know that I had asked for a postal vote last time, and that I was a
"definite" - which I am - but it made me curious as to what else is written down. I should be
glad to receive it by post, as I don't use the computer much (my granddaughter is typing this).

With thanks,
Robert Thomson""",
      tags=NL + ("sar", "canvass-records", "elderly"))

# 55 forwarded from branch secretary: resident's request
D, Q = pair()
c.add("data-protection", subject="Fwd: please remove my details",
      sender=c.person("Morven", "Sutherland"),
      body=c.forward("""Jamie - this came to the Balgray branch address. I've taken her off our branch email list but
she'll be on the CLP and Contact Creator too I imagine. Can you deal? M""",
                     """Hello, I'm moving to Aberdeen next month and I'm not going to be involved any more. Could you
please take my name, phone and email off all your lists? Thanks for everything, it's been fun.
Catriona""", "Catriona Bell <catbell92@gmail.com>", "please remove my details", orig_date=Q),
      date=D, tags=NL + ("erasure", "forwarded"))

c.write()
