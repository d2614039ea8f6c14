"""train/td4: data-protection, part 2 (Riverside CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td4", seed=1404)
SEC = "%s <%s>" % c.secretary()
NL = ("confuser", "dp-no-legal-words")


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


def outlook_html(paras, sig_lines=(), disclaimer=None):
    """Wrap hand-written paragraphs in the markup desktop Outlook sends (HTML-only)."""
    body = "".join('<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif">%s</span></p>'
                   '<p class="MsoNormal">&nbsp;</p>' % p.replace("\n", "<br>") for p in paras)
    sig = "".join('<p class="MsoNormal"><span style="font-size:9.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#404040">%s</span></p>' % s for s in sig_lines)
    disc = ('<p class="MsoNormal"><span style="font-size:7.5pt;color:#808080">%s</span></p>' % disclaimer) if disclaimer else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="EN-GB"><div class="WordSection1">' + body + sig + disc + '</div></body></html>')


BRANCH_MAIL = """Hi all,

Millbrook branch meeting is on Tuesday 7.30pm at St Botolph's church hall. Guest speaker: Cllr
Jade Osei on the riverside regeneration plans. Tea, coffee and Mandy's flapjacks provided.

Also - we're short of deliverers for the Canal Street round. Reply if you can take a bundle.

Best,
Sam Okafor
Secretary, Riverside CLP"""

# 1 formal SAR from a suspended member
c.add("data-protection", subject="Subject access request",
      sender=c.person("Martin", "Hughes"),
      body="""Dear Mr Okafor,

I write to make a subject access request under Article 15 of the UK GDPR.

As you will be aware, I was administratively suspended by the national party in July. I have
reason to believe that officers of Riverside CLP were involved in the complaint that led to my
suspension. I therefore request copies of all personal data concerning me held by Riverside CLP,
its Executive Committee and its branches, including:

- any emails, messages (including WhatsApp, Signal and Facebook Messenger) or notes which name me
  or from which I can be identified, from 1 January to date;
- any correspondence between CLP officers and the Governance and Legal Unit about me;
- minutes of any EC meeting, or part of a meeting, at which I was discussed.

I appreciate that some information may be withheld where it relates to third parties, but I
expect any redaction to be explained. Please respond within the statutory period of one month.

Yours sincerely,
Martin Hughes""",
      tags=("dp-legal", "sar", "formal"))

# 2 left, delete everything (also complaint)
c.add("data-protection", also=["complaint"], subject="I've left. Delete everything.",
      sender=c.person("Steph", "Walsh"),
      body="""I resigned my membership on Friday after 11 years because of the welfare cuts. I've told the
national party. I want Riverside CLP to delete everything it has on me as well - email, phone,
address, the lot. Don't ring me to "talk it through". Just delete it.

Steph Walsh""",
      tags=NL + ("erasure", "left-party", "angry", "hard-negative"))

# 3 mobile number, by-election text
c.add("data-protection", subject="Text message from your candidate",
      sender=c.person("Farah", "Iqbal"),
      body="""Hi,

I received a text today from "Jade, your Labour candidate in the Eastgate by-election". I don't
remember ever giving my mobile number to the Labour Party. Please can you tell me where you got
it, and take it off your system.

Thanks,
Farah Iqbal""",
      tags=NL + ("how-got-details",))

# 4 home address on branch website
c.add("data-protection", subject="Why is my home address on the branch website?",
      sender=c.person("Hazel", "Price"),
      body="""Hello Sam,

I've been nominated for Wharfside branch treasurer - fine, happy to do it - but the branch website
has put up the "AGM nominations" list with every nominee's full home address next to their name.
Mine's on there. Why does the internet need to know where I live? Please get it removed, and the
others' too, I doubt any of them knew.

Hazel Price""",
      tags=NL + ("published-details",))

# 5 CC'd 312 people
c.add("data-protection", subject="Sam - check your last email",
      sender=c.person("Joe", "Gallagher"),
      body="""Sam, mate - your email about the fun day went out with all the addresses in CC. I count 312.
There are people on there who'd rather nobody knew they were members (I know at least two
teachers and a council officer). Probably worth a quick "please delete" and a note to whoever
looks after these things. Easily done, I've done it myself.

Joe""",
      tags=NL + ("cc-exposure", "breach"))

# 6 pub landlady, canvass sheets
c.add("data-protection", subject="You left your papers at the Anchor",
      sender=c.person("Bev", "Turner"),
      body="""hiya, Bev from the Anchor on Quay Street. some of your lot were in on sunday after your door
knocking and left a clipboard with a load of sheets on it on the table by the dartboard. names and
addresses and ticks and crosses and stuff like "DO NOT CALL - dog" lol. ive put it in the office.
someone come get it please as i dont want the responsibility. Bev""",
      tags=NL + ("lost-data", "breach", "noisy"))

# 7 councillor gave details to housing association (also complaint)
c.add("data-protection", also=["complaint"], subject="Cllr Patel passed my details on without asking",
      sender=c.person("Gloria", "Mensah"),
      body="""Dear Sir,

I went to Councillor Patel's surgery about damp in my flat. I told him I didn't want the housing
association to know I'd complained to a councillor because I've had trouble with them before. He
said he'd "make some enquiries". Yesterday the housing officer rang me and said "Councillor Patel
sent us your email and your phone number and your medical letter".

I asked him not to. Now the housing association has my medical letter. I would like to know why
he did that.

Gloria Mensah""",
      tags=NL + ("councillor-sharing", "angry", "hard-negative"))

# 8 mum died, stop the letters (also other)
c.add("data-protection", also=["other"], subject="Mum",
      sender=c.person("Debbie", "Cole"),
      body="""Hi,

My mum, Pat Cole, died in September. She's still getting letters and the newsletter from the
Millbrook branch. It's upsetting for my dad to see her name on the mat. Please can you take her
off everything.

She loved the branch. Thank you for the card some of you sent.

Debbie""",
      tags=NL + ("deceased", "erasure"))

# 9 executor wants all correspondence
c.add("data-protection", subject="Estate of the late Mr Vernon Pike",
      sender=("Okonkwo & Reeve LLP", "probate@okonkwo-reeve.example.co.uk"),
      body="""Dear Sirs

Re: Estate of Vernon Arthur Pike (deceased)

We act for the executors of the above, who died on 21 July. We understand that Mr Pike was a
member of your Millbrook branch and a regular donor.

The executors have asked us to obtain copies of any correspondence between Mr Pike and the CLP in
the final two years of his life concerning donations, legacies or standing orders, in connection
with the administration of the estate. We appreciate that the UK GDPR does not apply to the data
of deceased persons; we would nonetheless ask you to treat this request with the same care.

We enclose a copy of the Grant of Probate.

Yours faithfully
Okonkwo & Reeve LLP""",
      tags=("dp-legal", "deceased", "sar", "third-party-request"))

# 10 polite unsubscribe, moving abroad
c.add("data-protection", subject="Mailing list",
      sender=c.person("Rosa", "Martin"),
      body="""Hi Sam,

Could you take me off the Riverside mailing list please? I'm moving to Valencia in January and
won't be around to help. It's been a pleasure. Good luck with the elections!

Rosa""",
      tags=NL + ("unsubscribe",))

# 11 canvasser knew my name
c.add("data-protection", subject="What have you got on file about me?",
      sender=c.person("Neil", "Foster"),
      body="""Hello,

A lad with a Labour rosette knocked on Saturday and said "Hi Neil, you're one of our supporters
aren't you?" before I'd said a word. I've never been a member. I'd like to know what you've got
about me on file and where it came from. I'm not angry, just a bit surprised.

Neil Foster
Chandlers Quay""",
      tags=NL + ("sar", "canvass-records"))

# 12 right to be forgotten, former candidate
c.add("data-protection", subject="Right to be forgotten",
      sender=c.person("Leanne", "Hart"),
      body="""Dear Riverside CLP,

I was a council candidate in Old Ropewalk in 2022. I left the party in 2024. My name, photo and a
quote from me are still on the CLP website's "Meet your candidates" page and on several old
Facebook posts. I am exercising my right to erasure (the "right to be forgotten") under the UK
GDPR and ask that all of these are removed within one month.

Leanne Hart""",
      tags=("dp-legal", "erasure", "published-details"))

# 13 never signed up for the newsletter (also complaint)
c.add("data-protection", also=["complaint"], subject="I never signed up for this",
      sender=c.person("Gavin", "Ellis"),
      body="""I have never in my life signed up to a Labour Party newsletter and yet here I am getting "Riverside
Roundup" every fortnight. I'm not a member, never have been. Who put me on it and how do I get off
it? The unsubscribe link goes to a page that says "error". Sort it please.""",
      tags=NL + ("unsubscribe", "how-got-details", "angry", "hard-negative"))

# 14 web form erasure
c.add("data-protection", subject="Website enquiry: remove me",
      sender=c.form_robot(), reply_to=("Oliver Knight", "oliverknight@sky.com"),
      body=c.webform({
          "Your name": "Oliver Knight",
          "Your email": "oliverknight@sky.com",
          "Ward (if known)": "St Botolph's",
          "What is your enquiry about?": "Other",
          "Your message": "Please remove my email, phone and address from anything you've got. I\n"
                          "helped once at the 2024 election and I've been getting messages ever since.\n"
                          "No hard feelings, just don't want them.",
      }, form="Get in touch"),
      tags=NL + ("erasure", "webform"))

# 15 treasurer's laptop stolen
c.add("data-protection", subject="Laptop stolen - membership spreadsheet on it",
      sender=c.person("Clive", "Barker"),
      body="""Sam,

Bad news. My car was broken into last night outside the house and my laptop bag was taken. The
laptop had the CLP standing order spreadsheet on it (names, addresses, sort codes and account
numbers for about 140 donors) and a copy of last year's membership list. It's password-protected
at login but the drive isn't encrypted - I never got round to it. Police crime number is
RV/26/118842.

I'll come to the EC but I think we need to decide today what we tell people. I'm so sorry.

Clive
Treasurer""",
      tags=NL + ("breach", "officer-report", "lost-data"))

# 16 neighbour's letter
c.add("data-protection", subject="Letter for my neighbour",
      sender=c.person("Wendy", "Shaw"),
      body="""Hi, I got a letter from Riverside Labour in an envelope with MY name on but the letter inside is
for Mrs Barbara Holt at number 22, with her membership number and says she's in arrears. I don't
think she'd want me knowing that! I'll pop it through her door but thought you should know your
envelopes and letters aren't matching up. Wendy (no.18)""",
      tags=NL + ("misdirected-data", "breach"))

# 17 marked register in a skip
c.add("data-protection", subject="Marked registers in a skip on Canal Street",
      sender=c.person("Tony", "Rafferty"),
      body="""Sam,

Walking the dog last night I noticed the skip outside the old Canal Street committee rooms (the
ones being cleared for the flats) has a box of printouts in it. I had a look - they're marked
registers from the last two elections plus old canvass returns with phone numbers and comments.
I've taken the box home. I assume someone cleared the room without checking. What do you want me
to do with it? I've got a shredder but it'll take me a week.

Tony""",
      tags=NL + ("lost-data", "breach"))

# 18 contacted MP, now getting fundraising emails (also complaint)
c.add("data-protection", also=["complaint"], subject="I asked the MP for help, now you want money",
      sender=c.person("Shabana", "Begum"),
      body="""Dear Sir/Madam,

In June I emailed Daniel Ashworth's office for help with my Universal Credit. They were helpful
and I'm grateful. But since then I've been getting emails from Riverside Labour asking me to
"chip in £5" and volunteer. I only gave my email to the MP's office for my case. I did not join
anything. I don't think the MP's office should be passing people's casework emails to the party
for fundraising. Please stop and tell me who gave it to you.

Shabana Begum""",
      tags=NL + ("how-got-details", "casework"))

# 19 HTML-only Outlook from an employer's HR
c.add("data-protection", subject="Removal of employee email address from your mailing list", fmt="html", body="x",
      sender=("HR Shared Services", "hr.compliance@riverside-logistics.example.co.uk"),
      html_body=outlook_html([
          "Dear Sir/Madam,",
          "We have been made aware that an employee&#8217;s corporate email address "
          "(<u>k.adeyemi@riverside-logistics.example.co.uk</u>) is receiving political campaign emails from "
          "Riverside Constituency Labour Party.",
          "Corporate email addresses are provided for business purposes only. Under our data protection "
          "policy and the UK GDPR, we request that you remove this address from your mailing lists with "
          "immediate effect and do not use any other corporate address of this company for campaign "
          "communications.",
          "Please confirm by reply.",
          "Kind regards,"],
          ["HR Compliance", "Riverside Logistics Ltd"],
          disclaimer="Riverside Logistics Ltd, registered in England and Wales. This message is confidential."),
      tags=("dp-legal", "unsubscribe", "html-only", "work-address"))

# 20 angry ICO threat (also complaint)
c.add("data-protection", also=["complaint"], subject="Reported to the ICO",
      sender=c.person("Vince", "Murray"),
      body="""Okafor

Three times I have asked you to remove me from your lists. Three times. I have the emails. This
morning I had two of your activists on my doorstep with my name on their tablet. That's it. I
have today lodged a complaint with the Information Commissioner's Office and I'll be sending them
copies of every one of my emails to you. You'll be hearing from them.

And for the record, with service like this you won't be getting my vote either.

V. Murray""",
      tags=("dp-legal", "erasure", "angry", "ico-threat", "hard-negative", "legal-threat"))

# 21 send me everything you've got with my name on
c.add("data-protection", subject="my name",
      sender=c.person("Dean", "Price"),
      body="Send me everything you've got with my name on it. Cheers, Dean Price (Eastgate)\n\nSent from my iPhone",
      tags=NL + ("sar", "mobile", "one-line"))

# 22 how did canvasser know I voted (also query)
c.add("data-protection", also=["query"], subject="How do you know I voted?",
      sender=c.person("Kate", "Lawson"),
      body="""Hi,

Your canvasser said "you voted in May, didn't you, so you'll vote again" - how on earth do you know
whether I voted or not? Isn't that supposed to be secret? Is that something anyone can find out?
And if you've written it down, I'd like it taken off.

Kate""",
      tags=NL + ("canvass-records", "erasure"))

# 23 WhatsApp messages, asked twice
c.add("data-protection", subject="stop the whatsapps",
      sender=c.person("Sharon", "Peel"),
      body="Please stop adding me to whatsapp groups. Riverside Labour Activists, Eastgate Doorknockers, now \"Fun Day Helpers\". I've left them twice. I only helped once. Take my number off whatever list you're all using.",
      tags=NL + ("unsubscribe",))

# 24 rectification - name, old address
c.add("data-protection", subject="Name spelling and old address",
      sender=c.person("Mohammad", "Rahman"),
      body="""Dear Sam,

All letters from the CLP come to "Muhammad Rahman". My name is spelt Mohammad. Also, you still
have my old address in Wharfside (flat 9, Ferry Court) as well as my current one - someone else
lives there now and I'd rather they didn't get post in my name. Could you correct the name and
remove the old address?

Thank you,
Mohammad Rahman""",
      tags=NL + ("rectification",))

# 25 minutes say I'm in arrears
c.add("data-protection", subject="Minutes - my arrears",
      sender=c.person("Pauline", "Ward"),
      body="""Sam,

The Millbrook branch minutes that went round by email say, under membership, "Pauline Ward and Ray
Ward are in arrears and have been contacted". That's between me and the party. It's been sent to
180 people. We're a bit short at the moment, it happens. I'd like that line taken out of the
minutes and whoever's got the list of who's in arrears to keep it to themselves.

Pauline""",
      tags=NL + ("published-details", "minutes"))

# 26 tagged in picket photo (also complaint)
c.add("data-protection", also=["complaint"], subject="Facebook tag",
      sender=c.person("Lewis", "Grant"),
      body="""Can you take down the photo from the hospital porters' picket on your Facebook page, or at least
remove the tag? My employer (not the NHS) has seen it and I've been asked about it. I went on my
day off to support my sister. I never said I wanted to be tagged on a political party's page.

Lewis""",
      tags=NL + ("published-details", "photo"))

# 27 14-year-old's name and school in newsletter
c.add("data-protection", subject="My daughter in your newsletter",
      sender=c.person("Julie", "Fisher"),
      body="""Hi Sam,

The latest Riverside Labour newsletter has a piece about the youth climate strike with a photo of
my daughter Amelia holding a placard and the caption names her, her age (14) and her school. She's
very proud of the strike but I wasn't asked and I'm not comfortable with her name and school being
out there online. Could you remove the name and school from the online version please?

Julie Fisher""",
      tags=NL + ("published-details", "photo", "minor"))

# 28 Portuguese speaker
c.add("data-protection", subject="emails",
      sender=c.person("Luca", "Ferreira"),
      body="""Boa tarde,

I receive many emails from you every week. I am not member and I am not british citizen so I
cannot even vote in general election. I don't know how you have my email. Please remove, thank
you very much.

Luca Ferreira""",
      tags=NL + ("unsubscribe", "how-got-details", "non-native"))

# 29 Somali speaker, phone numbers
c.add("data-protection", subject="phone number",
      sender=c.person("Amina", "Hassan"),
      body="""Hello

I want to know why you have my phone number and my husband number also. Someone call us from
Labour and ask about the election and say our names. We did not give. Please tell me where you
get and remove it. Thank you

Amina Hassan""",
      tags=NL + ("how-got-details", "non-native"))

# 30 Urdu speaker, formal register
c.add("data-protection", subject="Request to remove name and number",
      sender=c.person("Abdul", "Malik"),
      body="""Respected Sir,

With due respect I want to state that I am no longer wishing to receive any messages from Riverside
Labour Party on my mobile phone or on email. Kindly remove my name and number from your list at
your earliest. I will be highly obliged.

Regards,
Abdul Malik""",
      tags=NL + ("unsubscribe", "non-native"))

# 31 solicitor SAR about shortlisting
c.add("data-protection", subject="Ms D. Okafor-Lane - Subject Access Request - your ref: n/a",
      sender=("Harrow Mills Solicitors", "m.reid@harrowmills.example.co.uk"),
      body="""Dear Secretary,

We are instructed by Ms Denise Okafor-Lane in relation to the recent selection of the council
candidate for Chandlers Quay ward, in which our client was not shortlisted.

Please find attached a letter of authority signed by our client, and a formal subject access
request made on her behalf under Article 15 of the UK GDPR. Our client seeks all personal data
held by the CLP relating to her application, including the shortlisting panel's scoring sheets and
notes, and any correspondence between panel members.

We should be grateful for your acknowledgement by return.

Yours faithfully,
Michael Reid
Associate, Harrow Mills Solicitors""",
      tags=("dp-legal", "sar", "formal", "third-party-request", "attachment-described"))

# 32 husband passed away (also other)
c.add("data-protection", also=["other"], subject="Ron",
      sender=c.person("Brenda", "Holloway", provider="talktalk.net"),
      body="""Dear Sam,

I'm sorry to tell you that my husband Ron passed away on the 3rd after a short illness. He would
have wanted you to know - the party was his life for 50 years. Please would you take him off your
lists and let the Canal Street branch know. I'll let you know about the funeral when it's sorted.

Brenda Holloway""",
      tags=NL + ("deceased", "erasure"))

# 33 was my late brother a member (also query)
c.add("data-protection", also=["query"], subject="Was my brother a member?",
      sender=c.person("Terry", "Dunn"),
      body="""Hi,

Going through my late brother Alan Dunn's bank statements (he died in August, I'm sorting his
affairs) I see a direct debit to "Labour Party" every month. Was he a member in Riverside? If so
can you cancel it, tell me if there's anything else you have for him, and stop any letters.

Terry Dunn""",
      tags=NL + ("deceased",))

# 34 clipboard left on my wall (also other)
c.add("data-protection", subject="Your clipboard",
      sender=c.person("Alan", "Wright"),
      body="""One of your lot left a clipboard on my front wall on Wharfside Terrace on Saturday. I'm not a
Labour supporter particularly but I'm not daft enough to leave it there either - it's got every
house on my street, who lives there, how they vote and a note about my neighbour's "drinking".
It's in my porch. Come and get it or I'll put it through the recycling.

A. Wright (no. 41)""",
      tags=NL + ("lost-data", "breach"))

# 35 councillor CC'd the residents' association
c.add("data-protection", also=["complaint"], subject="Councillor's email to residents",
      sender=c.person("Lorraine", "Bishop"),
      body="""Hi,

Councillor Osei sent an update about the riverside flood defences to the Old Ropewalk residents -
which is good - but she put all 60-odd of our emails in the To line. One of our residents is
getting away from a difficult situation and has been very careful about her email. It's now on
59 other people's phones. Please ask the councillor to use BCC and to email everyone asking them
to delete the thread.

Lorraine Bishop
Old Ropewalk Residents' Association""",
      tags=NL + ("cc-exposure", "councillor-sharing"))

# 36 sarcastic
c.add("data-protection", subject="Dear Member...",
      sender=c.person("Jonathan", "Meyer"),
      body="""Lovely to get a "Dear Member, your vote matters!" email three years after I cancelled my direct
debit. Really makes a chap feel remembered. Please, for the love of all that is holy, delete me.

Jonathan""",
      tags=NL + ("erasure", "left-party", "sarcastic"))

# 37 recorded as deceased
c.add("data-protection", subject="I'm not dead!",
      sender=c.person("Brian", "Wood"),
      body="""Sam,

Had a good laugh at this but my grandson didn't: one of your canvassers told him on Saturday that I
was "down as deceased" on their list. I'm 79, still kicking, and I've voted Labour in every
election since 1966. Please bring me back to life on your computer.

Brian Wood
Millbrook""",
      tags=NL + ("rectification", "canvass-records", "elderly"))

# 38 formal older SAR under DPA
c.add("data-protection", subject="Request for information held",
      sender=c.person("Gerald", "Ashton", provider="btinternet.com"),
      body="""Dear Mr Okafor,

I make this request under the Data Protection Act 2018. Please send me, by post, copies of all
records held by Riverside CLP concerning me, including any canvassing records and any notes made
by members of the Executive Committee following my complaint about the conduct of the Eastgate
branch AGM in March.

My address is on your records and I enclose nothing further as I am known to you.

Yours sincerely,
Gerald Ashton""",
      tags=("dp-legal", "sar"))

# 39 fun day photos of children, no form filled
c.add("data-protection", subject="fun day photos",
      sender=c.person("Chloe", "Barnes"),
      body="""hi, there's a picture on your instagram from the fun day of my son on the bouncy castle, with his
face clearly visible. i didnt fill anything in saying you could and nobody asked me. can it be
taken down please. thanks, chloe""",
      tags=NL + ("published-details", "photo", "minor"))

# 40 added to WhatsApp, how did they get number
c.add("data-protection", subject="WhatsApp group",
      sender=c.person("Kwame", "Appiah"),
      body="""Sam,

Someone has added me to a WhatsApp group called "Riverside Labour - GOTV 🌹" with 200 members. I
signed a petition about the bus station once. How did the group admin get my number? Please make
sure I'm removed and that my number isn't passed on again.

Kwame""",
      tags=NL + ("how-got-details",))

# 41 officer keeps old lists in the loft (also query)
c.add("data-protection", also=["query"], subject="old membership lists",
      sender=c.person("Frank", "Dixon"),
      body="""Sam,

Clearing out the loft and I've found about six box files of Eastgate branch stuff from when I was
secretary (2009-2016) - membership lists, canvass returns, addresses, subs records. Do you want
them for the archive, or should they be destroyed? And if destroyed, how? I don't want to just put
them out with the recycling.

Frank""",
      tags=NL + ("retention", "officer-report"))

# 42 tip-off: chair sharing list with an independent (also complaint)
c.add("data-protection", also=["complaint"], subject="Membership list being passed on",
      sender=("A concerned member", "riversidemember.concerned@protonmail.com"),
      body="""Sam,

I'm writing anonymously because I have to work with these people. I have good reason to believe
that the chair of Eastgate branch has given a copy of the branch membership list (names, emails,
phones) to his friend who is planning to stand as an independent against our candidate in May.
Several members have received messages from the independent's campaign addressed to them by name,
to email addresses that are only on the branch list.

I hope you'll look into it.""",
      tags=NL + ("misuse", "tip-off"))

# 43 follow-up: SAR response incomplete (quoted)
D, Q = pair()
c.add("data-protection", subject="Re: Your subject access request",
      sender=c.person("Martin", "Hughes"),
      body=c.quote_reply("""Sam,

Thank you for the bundle. However it is clearly incomplete. It contains 14 emails, none of them
between EC members, and no WhatsApp messages at all, although I know that the EC has a WhatsApp
group in which I was discussed (a member of it has told me so). Nor has any redaction been
explained, as I asked.

Please confirm whether the EC WhatsApp group was searched, and if not, search it. If messages are
being withheld, please state the exemption relied upon under the Data Protection Act 2018.

Martin Hughes""", """Dear Martin,

Please find attached the information we hold about you in response to your request of 2 August.
Some third-party names have been removed.

Regards,
Sam Okafor
Secretary, Riverside CLP""", style="gmail", quoted_date=Q),
      date=D, tags=("dp-legal", "sar", "quoted"))

# 44 keep address off the candidate pack (also query)
c.add("data-protection", also=["query"], subject="Candidate pack - my address",
      sender=c.person("Yasmin", "Shah"),
      body="""Hi Sam,

I've applied for the Chandlers Quay selection. Someone told me the shortlisted candidates'
application forms are sent out to all ward members before the hustings. Mine has my home address
and phone number on page one. Can those be left off? I live alone and I'd just rather my address
wasn't emailed to 150 people.

Thanks,
Yasmin""",
      tags=NL + ("published-details",))

# 45 profiling leaflet - how do you know what I care about
c.add("data-protection", subject="\"As someone who cares about the NHS\"",
      sender=c.person("Ayesha", "Khan"),
      body="""Got a leaflet today: "Dear Ayesha, as someone who cares about the NHS, I wanted to let you know..."
How exactly do you know what I care about? I've never told Labour anything. Is there a file on
me somewhere with my "interests" on it? I'd like to see it. And then I'd like it binned.

Ayesha Khan""",
      tags=NL + ("sar", "profiling"))

# 46 forwarded from branch secretary
D, Q = pair()
c.add("data-protection", subject="FW: Please remove",
      sender=c.person("Mandy", "Lowe"),
      body=c.forward("Sam - removed from Millbrook branch list. Can you do the CLP ones? Mandy",
                     """Hello, please remove me from all your lists. I moved away last year and I've got a new
life now, I don't want anything coming to me. Thank you. Carol Brett""",
                     "Carol Brett <carolbrett1961@yahoo.co.uk>", "Please remove", orig_date=Q),
      date=D, tags=NL + ("erasure", "forwarded"))

# 47 formal breach report from a member
c.add("data-protection", subject="Report of a personal data breach",
      sender=c.person("Nadia", "Ahmed"),
      body="""Dear Data Protection Officer (or whoever is responsible),

I am writing to report a personal data breach. The link in the Millbrook branch newsletter to
"the volunteers' rota" opens a Google Sheet that is shared with "anyone with the link". It lists
the names, mobile numbers, home addresses and availability of around 45 volunteers, including
mine. The newsletter is also published on the branch's public Facebook page.

Under the UK GDPR the CLP, as controller, should assess whether this needs to be reported to the
ICO within 72 hours. I would ask that the link is restricted immediately and that affected
volunteers are told.

Nadia Ahmed""",
      tags=("dp-legal", "breach"))

# 48 don't canvass me, take my address off (also complaint)
c.add("data-protection", also=["complaint"], subject="Stop knocking on my door",
      sender=c.person("Malcolm", "Briggs"),
      body="""This is the fourth time this year your people have knocked on my door. I told the first lot, I
told the second lot, I told the third lot. I'm not interested. Take my address off your lists and
leave me alone. I work nights and sleep in the day.""",
      tags=NL + ("unsubscribe", "angry", "hard-negative"))

# 49 public Google Group archive
c.add("data-protection", subject="My email is showing up on Google",
      sender=c.person("Rachel", "Stone"),
      body="""Hi Sam,

Years ago (2018?) I posted in the Riverside Labour discussion group about needing a lift to a
meeting because I'd just separated from my husband and didn't have the car any more. I've just
found that post on Google - the group archive is public. It has my full name and says I'd "just
left Steve". Can the archive be made private, or that post deleted? I'd be really grateful.

Rachel""",
      tags=NL + ("published-details",))

# 50 outgoing membership officer deletion (also query)
c.add("data-protection", also=["query"], subject="Sue stepping down - the membership list",
      sender=c.person("Patrick", "O'Neill"),
      body="""Sam,

Sue is stepping down as Wharfside membership officer at the end of the month. She's got the list on
her home PC, her phone and probably a USB stick. How do we make sure it's all handed over and she
doesn't keep copies? Not suggesting she'd do anything with it - she's lovely - but I want us to do
it properly. Is there a form or something?

Pat (Wharfside chair)""",
      tags=NL + ("retention", "officer-report"))

# 51 HTML-only web form SAR (NationBuilder)
c.add("data-protection", subject="New form submission: Contact", fmt="html", body="x",
      sender=("NationBuilder", "no-reply@nationbuilder.com"), reply_to=("Adrian Cole", "adrian.cole@outlook.com"),
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<h3 style="margin:0 0 12px">New submission on riversidelabour.org.uk</h3>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Adrian Cole</td></tr>
<tr><td><b>Email</b></td><td>adrian.cole@outlook.com</td></tr>
<tr><td><b>Page</b></td><td>/contact</td></tr>
<tr><td valign="top"><b>Message</b></td><td>This is a subject access request under Article 15 UK GDPR. Please send me a copy of
all personal data you hold about me, including data in NationBuilder and any canvassing
database, together with the information required by Article 15(1)(a)-(h).</td></tr>
</table>
<p style="font-size:11px;color:#999">You are receiving this because you are an admin of Riverside Labour.</p>
</body></html>""",
      tags=("dp-legal", "sar", "webform", "html-only"))

# 52 teen
c.add("data-protection", subject="pls take me off",
      sender=c.person("Jasmine", "Okoro"),
      body="hi my mum signed me up to your emails without asking me lol can u take me off x",
      tags=NL + ("unsubscribe", "minor", "one-line", "noisy"))

# 53 councillor's SAR about complaints made about her
c.add("data-protection", subject="Data request - Cllr J Osei",
      sender=c.person("Jade", "Osei"),
      body="""Sam,

I'm making a formal subject access request under the UK GDPR. I'd like copies of any complaints
about me received by the CLP or by Eastgate branch since my election, any notes of discussions of
those complaints, and any correspondence with the regional office about me.

I know this is awkward given we work together. It isn't personal - I just need to know what's
being said, given the rumours going round about the reselection.

Jade""",
      tags=("dp-legal", "sar"))

# 54 reply to branch mail: remove address from delivery list
D, Q = pair()
c.add("data-protection", subject="Re: Millbrook branch meeting",
      sender=c.person("Harold", "Lamb"),
      body=c.quote_reply("""Sam - I'd rather not be on the deliverers' round list any more, and please take my address off
the sheet that goes round. Someone I don't know turned up at my door to drop off a bundle and it
unsettled my wife a bit. Nothing sinister, just not what we signed up for. Harold""",
                         BRANCH_MAIL, style="outlook", quoted_date=Q),
      date=D, tags=NL + ("published-details", "quoted"))

# 55 bulk-delete request from former member via carrier text
c.add("data-protection", subject="Please delete my details - former member",
      sender=c.person("Olu", "Adeyemi"),
      body="""Hello Riverside,

I let my membership lapse in the spring. Could you please delete my phone number, email and home
address from your local records? I'm still on the electoral register obviously so I don't expect
the leaflets to stop, just the emails, calls and texts.

Many thanks,
Olu""",
      tags=NL + ("erasure", "left-party"))

c.write()
