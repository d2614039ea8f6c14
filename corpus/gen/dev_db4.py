"""dev split, writer db4: data-protection mail (access, erasure, opt-outs, breaches, publication).

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db4", seed=2204)
SEC = c.clp[1].split()[0]          # Sam
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add
NL = ("confuser", "dp-no-legal-words")

# ======================================================================================
# With legal / formal vocabulary
# ======================================================================================

c.add("data-protection", subject="Subject Access Request",
      sender=c.person("Andrew", "Whitfield"),
      body="""Dear Data Controller,

I am writing to make a subject access request under Article 15 of the UK General Data Protection Regulation and section 45 of the Data Protection Act 2018.

Please provide me with a copy of all personal data that Riverside Constituency Labour Party holds about me, including but not limited to: membership records; canvassing and voter-intention data; notes of any conversations at my door; email correspondence in which I am named; and minutes of any meetings at which I was discussed.

Please also confirm the purposes of processing, the recipients to whom the data has been disclosed, the retention period, and the source of any data not collected from me.

I understand you have one calendar month to respond. My details are:

Andrew Whitfield
41 Chandlers Walk, Riverside RV2 8LP
Date of birth: available on request for verification

Yours faithfully,
A. Whitfield""")

c.add("data-protection", subject="Our client: Ms K. Dlamini - subject access request",
      sender=("Harrington Blake Solicitors", "enquiries@harringtonblake-law.example.co.uk"),
      body=f"""Dear Sirs,

Our client: Ms Kholiwe Dlamini
Your reference: unknown

We act for the above-named, a former member of Riverside CLP and former secretary of the Quayside branch.

On behalf of our client, and with her signed authority (enclosed), we hereby make a request under Article 15 UK GDPR for copies of all personal data relating to her held by Riverside CLP, its officers and its branches, including any data held on officers' personal devices or in messaging groups (e.g. WhatsApp) used for CLP business, for the period 1 January 2024 to date.

We would draw your attention to the statutory time limit. Please direct all correspondence to this office.

Yours faithfully,

Harrington Blake Solicitors
Regulated by the Solicitors Regulation Authority""",
      tags=("legal-threat",))

c.add("data-protection", subject="Right to erasure",
      body="""To whom it may concern,

I resigned from the Labour Party in March. I now wish to exercise my right to erasure under Article 17 of UK GDPR and ask that Riverside CLP delete all personal data it holds about me, including from any local canvassing or contact lists, WhatsApp groups and email lists.

I would be grateful for written confirmation once this has been done.

Regards,
Michael Thornber""",
      sender=c.person("Michael", "Thornber"))

c.add("data-protection", subject="SAR - disciplinary complaint",
      sender=c.person("Stephen", "Ackroyd"),
      body=f"""Dear {SEC},

I understand a complaint was made about me in the summer by another member of Northgate branch, and that it was discussed at the EC before being referred to the party nationally. I have never been shown the complaint.

I would like to make a data subject access request for: the complaint itself; any EC minutes or notes referring to it; and any emails between CLP officers about me in connection with it. I'm aware that third-party information may be redacted.

I'm making a separate request to the national party.

Stephen Ackroyd""")

c.add("data-protection", subject="Data breach - reporting to ICO",
      sender=("Catherine Greenhalgh", "c.greenhalgh@greenhalgh-consulting.co.uk"),
      body="""Dear Secretary,

This morning I received an email from the Canal Basin branch about the Christmas social. It was sent to approximately 140 recipients, all visible in the "To" field. I count at least six who are, like me, professionally sensitive: I work in public-sector procurement and my party membership is not something I share with clients.

This is a personal data breach, and since the emails reveal political opinions — special category data — I would expect the CLP to consider whether it is reportable to the Information Commissioner. I'd like to know (a) what steps are being taken to contain it, (b) whether the CLP will report it, and (c) what will change so it doesn't happen again.

I'm not looking to make life difficult for a volunteer. But I will raise it with the ICO myself if I don't hear back.

Catherine Greenhalgh""",
      tags=("legal-threat",))

c.add("data-protection", subject="Contact Creator data on a personal laptop",
      sender=c.person("Rajesh", "Menon"),
      body=f"""Hi {SEC},

I'm a bit worried about something and I think it might be a data protection issue. When Phil stepped down as campaign organiser in the summer, he still had a full export of the Bridgefoot and Old Mill canvass data (names, addresses, phone numbers, voting intention) on his own laptop as a spreadsheet. He mentioned it at the pub last week - he said he'd "probably still got it somewhere".

He's now quite publicly campaigning for an independent candidate.

I don't want to accuse him of anything, but shouldn't that data have been deleted? Who deals with this - the CLP or the regional office?

Rajesh""")

c.add("data-protection", subject="Unsolicited text messages",
      body="""Dear Sir/Madam,

I have received three SMS text messages this week from a number signing off as "Riverside Labour", asking me to "pledge my vote". I have never given my mobile number to the Labour Party and I have never consented to marketing texts.

Under the Privacy and Electronic Communications Regulations, I understand you need consent to send these. Please tell me where you obtained my number and remove it from your records.

Yours,
Dr P. Lindqvist""",
      sender=("Dr Petra Lindqvist", "p.lindqvist@riversideuni.example.ac.uk"))

c.add("data-protection", subject="My complaint was shared with my landlord",
      sender=c.person("Kayleigh", "Stott"),
      body="""Hi,

In September I emailed Cllr Douglas about mould in my flat, including my name, address and my son's medical condition (asthma). This week my landlord rang me and read out parts of my email. He said the councillor had "forwarded it so we could sort it".

I never agreed to that. My landlord now knows my son's health details, and honestly I'm now scared he'll find a reason not to renew my tenancy. I thought what I sent the councillor was confidential. Is that not a data breach? What can I do?

Kayleigh Stott""",
      also=("complaint",))

c.add("data-protection", subject="Photograph used without consent",
      body="""Dear Riverside Labour,

A photograph of me and my two children at the Bridgefoot Community Fun Day has appeared on your Facebook page and in a leaflet that came through my door, captioned "Families backing Labour's plans for Bridgefoot".

I did not consent to my image being used, let alone my children's, and I am not a Labour supporter. Under data protection law, a photo of an identifiable person is personal data. Please remove it from the Facebook page and confirm that it will not be used again in any printed material.

Laura Haworth""",
      sender=c.person("Laura", "Haworth"))

c.add("data-protection", subject="New submission: Data request",
      sender=c.form_robot(),
      reply_to=("Tomasz Kowalczyk", "t.kowalczyk@gmail.com"),
      body=c.webform({
          "Name": "Tomasz Kowalczyk",
          "Email": "t.kowalczyk@gmail.com",
          "Address": "7 Vine Terrace, Riverside",
          "Enquiry type": "Other",
          "Message": "I request access to all my personal data according GDPR. Your volunteer told me on the door that I am 'marked as Labour' in your system. I did not tell anybody how I vote. I want to know what is written about me and who wrote it. Also I want this deleted after.",
      }),
      tags=("webform", "non-native"))

c.add("data-protection", subject="Lost canvass sheets - possible breach",
      sender=c.person("Dev", "Sharma"),
      body=f"""{SEC},

Need to flag something. After Saturday's session in Old Mill one of the team leaders left a clipboard with three walk sheets on the wall outside the Co-op. About 150 households: names, addresses, and our voting-intention codes. By the time he went back (maybe 40 minutes) it was gone.

I know we're meant to report a personal data breach within 72 hours if it's a risk to people. I've told region. Do we need to tell the ICO as well, or does the party do that centrally? And should we tell the households?

Really sorry. I've already reminded all team leaders about not leaving sheets lying around.

Dev""")

c.add("data-protection", subject="Wrong information about me",
      body="""Dear Secretary,

I have discovered from a friend who was canvassing that your system lists me as "Mr A. Rahman, Conservative, do not call". I am Mrs Anisa Rahman, I have voted Labour in every election since 1997, and I would very much like to be called, thank you.

Please would you correct this record (I believe I have a right to have inaccurate data rectified) and let me know when it is done.

Anisa Rahman""",
      sender=c.person("Anisa", "Rahman"))

c.add("data-protection", subject="My late father's membership",
      sender=c.person("Gary", "Sutton"),
      body="""Dear Mr Okafor,

I am the executor of the estate of my father, Ronald Sutton, who died on 2 August. He was a member of the party for over forty years.

Please could you ensure that his details are removed from all CLP and branch mailing lists, and that no more post is sent to his address, which is now being sold. I have notified the national membership team separately.

If you need a copy of the death certificate I can provide one.

Gary Sutton""")

c.add("data-protection", subject="Is this legal? Marked register",
      body="""A canvasser said to me on Saturday, "we see you didn't vote last time". How do you know whether I voted? Is it legal for a political party to have that information? I'd like to know what information you have and where you got it from.

Mr J. Barraclough""",
      sender=c.person("John", "Barraclough"),
      also=("query",))

c.add("data-protection", subject="Deletion after resignation",
      sender=("Helen Markham", "helen.markham@gmail.com"),
      body=f"""Hi {SEC},

As you know I resigned from the party in the summer. I'm still in the Quayside branch WhatsApp, the branch Google group and I still get the CLP newsletter. Could you please make sure I'm removed from all of them and that my details are deleted? I believe under GDPR you shouldn't be keeping my data now I'm not a member.

No hard feelings, it's been a good few years.

Helen""")

c.add("data-protection", subject="Re: Subject access request - now overdue",
      sender=c.person("Andrew", "Whitfield"),
      body=c.quote_reply(
          """Dear Mr Okafor,

I note that it is now five weeks since I submitted my subject access request, and I have had no response beyond your acknowledgement. The statutory one-month period has expired.

Please either provide the data within seven days or explain the reason for the delay. Otherwise I will be referring the matter to the Information Commissioner's Office.

A. Whitfield""",
          """Dear Mr Whitfield,

Thank you for your email. I have passed your request to the CLP officers and we will respond as soon as possible.

Kind regards,
Sam Okafor
Secretary, Riverside CLP""",
          style="outlook"),
      tags=("quoted", "legal-threat"))

c.add("data-protection", subject="Personal data in the GC minutes",
      body=f"""Dear {SEC},

The minutes of October's GC, which are posted publicly on the CLP website, include under "Correspondence" a summary of my letter to the CLP, including that I had been "unable to attend meetings due to my ongoing treatment for cancer".

That is health information and I never agreed to it being published. I shared it with the officers privately. Please remove it from the website copy immediately and make sure the version circulated by email is corrected too.

Jacqueline Firth""",
      sender=c.person("Jacqueline", "Firth"))

c.add("data-protection", subject="data protection query from a branch secretary",
      sender=c.person("Tracey", "Oldroyd"),
      body="""Hi Sam,

Quick data protection question. I've been asked by a member of the branch for a list of all the branch members' phone numbers so she can organise a telephone tree for the Christmas social. Am I allowed to give her that? I'm thinking not, but she's been a member 30 years and is a bit offended I'm hesitating.

Tracey""",
      also=("query",))

c.add("data-protection", subject="Privacy notice?",
      body="""Hello. Before I fill in your "Get Involved" form I'd like to read the CLP's privacy notice - who sees the data, how long it's kept, whether it goes to the national party. The link at the bottom of the page goes to a 404. Is there one?

Rob Ellison""",
      sender=c.person("Rob", "Ellison"),
      also=("query",))

# ======================================================================================
# No legal words at all
# ======================================================================================

c.add("data-protection", subject="stop",
      body="take me off your list",
      sender=c.person("Neil", "Brady"),
      tags=NL)

c.add("data-protection", subject="How did you get this number??",
      sender=c.person("Sadia", "Iqbal"),
      body="""I just had a phone call at 7.45pm from someone saying they were "calling on behalf of Riverside Labour". I have never given my number to anyone political. It's a work mobile. How did you get it and can you make sure it never happens again please.""",
      tags=NL)

c.add("data-protection", subject="My address on your website",
      body=f"""Hi,

Can someone explain why my full home address is on your website? I stood as a paper candidate in Northgate in 2022 (I only agreed because nobody else would) and the "Our Candidates" page still lists my name and my address on Pelham Street.

I've moved on, I live there with my kids, and I don't want my address on a political party's website for anyone to find. Please take it down.

Marcus""",
      sender=c.person("Marcus", "Bennett"),
      tags=NL)

c.add("data-protection", subject="You've sent everyone's email addresses to everyone",
      sender=c.person("Joanne", "Pickles"),
      body="""Hi - the email about the quiz night that just went out from the Ferry Lane branch has about 90 email addresses in the To: line for everyone to see. Mine included. Someone has already hit reply-all asking to borrow a gazebo.

Can whoever sent it please stop doing that and use BCC? I really don't want my email address out there, I've had enough trouble with spam.""",
      tags=NL)

c.add("data-protection", subject="found this in the Red Lion",
      body="""Hello,

I run the Red Lion on Water Street. One of your lot must have left a folder in the back room after your meeting on Wednesday. It's got lists of names and addresses on Canal Street and Mill Row with letters and ticks next to them - "L", "C", "X", "DNK", and some written notes like "nasty dog" and "wife Labour, husband Reform".

I've put it behind the bar. I'd rather somebody came and got it as I don't think I should be holding it. I didn't read much of it, honest.

Mick
Red Lion""",
      sender=("Mick Hollinrake", "redlion.waterst@btinternet.com"),
      tags=NL)

c.add("data-protection", subject="paper at the bus stop",
      sender=c.person("Shaun", "Marsh"),
      body="""there is a labour party paper blowing around the bus stop on Kirkgate with my name and my mums name on it and a tick saying "soft labour". not happy about that. we dont even vote. who's writing all this stuff down about people anyway. i've kept it.""",
      tags=NL + ("noisy",))

c.add("data-protection", subject="Please take my photo down",
      body="""Hi there

The picture on the Riverside Labour Facebook from the Palestine vigil - I'm the woman in the green scarf at the front. I'm really not comfortable with it being up. I work for the council and I don't want my face on a party page. Could you take it down or blur me out? 

Thanks,
Amira""",
      sender=c.person("Amira", "Saleh"),
      tags=NL)

c.add("data-protection", subject="WhatsApp group",
      sender=c.person("Derek", "Whiteley"),
      body="""Somebody added me to a WhatsApp group called "Old Mill Labour Activists" last night. I'm not an activist. I went to one coffee morning. Now 60 strangers have my phone number. I've left the group but I'd like to know who gave my number out and I'd like them not to do it again.""",
      tags=NL)

c.add("data-protection", subject="letters to my husband",
      body=f"""Dear {SEC},

My husband Tony died in April. You are still sending him letters about his membership and last week a young man came to the door asking for him by name. It is very upsetting each time. Please could you stop writing to him and take him off whatever list he is on. I did phone in May.

Thank you.
Pat Lomax""",
      sender=c.person("Pat", "Lomax"),
      tags=NL)

c.add("data-protection", subject="How do you have my daughter's name?",
      sender=c.person("Gemma", "Holt"),
      body="""A Labour leaflet arrived today addressed to my daughter, "Dear Ellie", saying "as a first-time voter...". She's 17. She's not on any list that I know of and she's certainly never signed up to anything from you. How do you know her name, how do you know she's about to be 18, and what else do you have on her? I'd like her taken off whatever it is.""",
      tags=NL)

c.add("data-protection", subject="I left in 2023",
      body="""I left the party in November 2023 and I'm still getting your emails. I have unsubscribed from the national ones. These are the local ones from the CLP. Please remove me completely - not just from the newsletter, from everything.

Regards
Owen Pritchard""",
      sender=c.person("Owen", "Pritchard"),
      tags=NL)

c.add("data-protection", subject="not again",
      sender=c.person("Lorraine", "Heaton"),
      body="""Your canvassers knocked again this morning. The last time, I told the young man very clearly that I didn't want anyone knocking and he said "no problem, I'll mark you down". Clearly not.

I'm a shift worker. Please put me on whatever the list is for people who don't want visits, and make sure it actually gets used. 12 Larch Grove.""",
      tags=NL)

c.add("data-protection", subject="branch newsletter - my phone number",
      body=f"""Hi {SEC},

The Canal Basin branch newsletter that went out to every house on the estate has my personal mobile printed under "For help with housing issues, contact Ruth". I said I'd help on housing at the branch meeting - I didn't say put my number on 2,000 leaflets. I've had 11 calls since yesterday, including two at midnight.

Can you make sure it doesn't go in the next one, and tell whoever's doing the online version to take it out? I'd rather people contacted me through the branch email.

Ruth""",
      sender=c.person("Ruth", "Cassidy"),
      tags=NL)

c.add("data-protection", subject="my mum found out",
      sender=("Ellis Parker", "ellis.parker.06@gmail.com"),
      body="""hi um so I joined labour a couple of months ago and I put my address as my home address because I'm 19 and still live with my parents. a letter came for me and my mum opened it (she does that) and now she knows and she's not happy lol, my family are not exactly labour people.

can you send things only to my email from now on and not post? and is there a way to make sure my address isn't shown anywhere? thanks""",
      tags=NL + ("noisy",))

c.add("data-protection", subject="please remove my address from everything",
      body="""Hello,

I'm sorry to have to ask this but I'm a member in Northgate and I've recently left an abusive relationship. I've moved to a refuge and then a new flat. My old address is still on your system and I know letters go there.

Please can you remove my old address and not put my new one on anything that gets printed or shared, including branch lists or sign-in sheets. Email only please. I can give the new address to whoever needs it privately if you need it for membership.

Thank you for understanding.
H.""",
      sender=("H. Mitchell", "hm.newstart@protonmail.com"),
      tags=NL)

c.add("data-protection", subject="I got someone else's letter",
      sender=c.person("Barbara", "Lockwood"),
      body="""Dear Sir

I received a letter today in an envelope addressed to me but inside it was a letter to a Mr D. Hargreaves about his membership arrears, with his full address and membership number and the amount he owes. I have not opened anything else. I assume mine went to him? I don't think he'd want me knowing his business, I certainly wouldn't want him knowing mine. What should I do with it?

Barbara Lockwood""",
      tags=NL)

c.add("data-protection", subject="attachment on the newsletter",
      body="""Sam, heads up - the November e-newsletter that went out this afternoon had an attachment called "membership_export_nov.xlsx". I opened it without thinking. It's the whole of Quayside branch - names, emails, phones, dates of birth, arrears. Everyone on the mailing list has got that.

Can you get onto it quick?

Lewis""",
      sender=c.person("Lewis", "Brady"),
      tags=NL)

c.add("data-protection", subject="delete me",
      sender=("Ioana Dumitrescu", "ioana.dumitrescu@yahoo.com"),
      body="""Hello, please delete me from all your things, the emails, the texts, the letters. I am not member anymore and I don't want that you have my information. Thank you, Ioana""",
      tags=NL + ("non-native",))

c.add("data-protection", subject="STOP TEXTING ME",
      body="""I have had four texts from "Riverside Labour" today telling me to go and vote. I have voted. I voted at 8am. I do not want any more texts. Take my number off.""",
      sender=c.person("Carol", "Jagger"),
      tags=NL)

c.add("data-protection", subject="Wrong name and old address",
      sender=c.person("Siobhan", "McGrath"),
      body="""Hi Sam, the branch still has me as "Siobhan O'Neill" at 3 Alder Court. I've been McGrath for six years and I moved to 18 Heron Way in 2022! Everything the branch sends still goes to the old flat. Can you fix it on whatever list it is? Thanks, Siobhan""",
      tags=NL)

c.add("data-protection", subject="what do you have on me",
      body="""Hiya, my mate who volunteers said you lot have a computer system with notes on everyone you've spoken to at the door. Is that true? Can I see what it says about me? Just curious really, but also a bit weirded out. Danny, 47 Rope Walk""",
      sender=c.person("Danny", "Fletcher"),
      tags=NL)

c.add("data-protection", subject="Your tweet",
      sender=c.person("Tariq", "Hussain"),
      fmt="alt",
      body="""Hello,

The CLP's account on X posted a screenshot of the responses to your housing survey this morning with the caption "residents are clear". My name, my email address and my comment are all clearly visible in the second image. I filled that in thinking it was anonymous.

Please delete the post. I've taken a screenshot of it in case you need to see what I mean.

Tariq Hussain""",
      tags=NL)

c.add("data-protection", subject="sign in sheet",
      body="""Hi,

At the public meeting on the Quayside decant last night there was a sign-in sheet at the door asking for name, address, phone and "are you a Labour supporter Y/N". Today I've had a call from the Labour party asking me to deliver leaflets. I signed in because I thought it was a tenants' meeting, for fire safety or whatever. Nobody said it would be used for that.

Please don't use my details for anything else and please get rid of that sheet.

Precious A.""",
      sender=c.person("Precious", "Adeyemi"),
      tags=NL)

c.add("data-protection", subject="Re: Welcome to Riverside Labour!",
      sender=c.person("Hamza", "Bashir"),
      body=c.quote_reply(
          """I'm not a member and I never joined. I think someone has put my email in by mistake or as a joke. Please remove it and don't send me anything else.""",
          """Welcome to Riverside Labour, Hamza! We're thrilled you've joined our movement. Your local branch is Northgate and your next meeting is on Tuesday 9 December at 7pm.""",
          style="gmail"),
      tags=NL + ("quoted",))

c.add("data-protection", subject="Fwd: from a resident - please deal",
      sender=("Cllr Sharon Begum", "cllr.s.begum@riverside-council.example.gov.uk"),
      body=c.forward(
          """Sam - this came to my council address but it's about party data not council data, so I think it's one for the CLP. Can you pick it up and reply to her directly? Thanks, Sharon""",
          """Dear Councillor Begum,

A woman from the Labour party came round to my house last week and asked for my husband by name. He moved out two years ago after we separated. The only way she could know his name is if the party has old details, and I don't want people turning up asking for him. Please can you make sure he and I are taken off whatever list this is.

Nasima Chowdhury
22 Saffron Walk""",
          "Nasima Chowdhury <nasima.c@hotmail.co.uk>", "Labour visit"),
      tags=NL + ("forwarded",))

c.add("data-protection", subject="Membership list on the shared drive",
      sender=c.person("Ian", "Cartwright"),
      body=f"""{SEC},

Just noticed the "Riverside CLP shared" Google Drive folder has a link-sharing setting of "anyone with the link can view". Inside is the full membership list from September, including phone numbers and addresses. That link was in the GC papers email, which I know has been forwarded outside the party at least once.

I've not changed anything as I don't think I have rights to. Might be worth locking it down today.

Ian""",
      tags=NL)

c.add("data-protection", subject="ex-girlfriend volunteering",
      body="""This is a bit awkward. My ex volunteers for your branch and she's told mutual friends what I "said on the doorstep" when a canvasser called - which she could only know from your canvassing notes. I'm not making a big deal of it, but it's really not on that volunteers can look people up like that. Can you make sure she can't see my record?

Ben""",
      sender=c.person("Ben", "Ashworth"),
      tags=NL)

c.add("data-protection", subject="Unsubscribe",
      sender=c.person("Fiona", "Greaves"),
      fmt="html",
      html_body="""<html><body><div style="font-family:Helvetica">Please unsubscribe me. There's no unsubscribe link on your branch emails so I don't know how else to do it.<br><br>Fiona</div></body></html>""",
      body="",
      tags=NL + ("html-only",))

c.add("data-protection", subject="my details in the Echo",
      body=f"""Dear {SEC},

I wrote to the CLP last month about the library closure. I've just opened the Riverside Echo and there's a quote from "local Labour member Barry Cowgill of Linden Avenue" taken from my letter, given to them by the CLP press officer. I wrote to the party, not the paper, and I certainly didn't agree to my name and street being in it.

Barry Cowgill""",
      sender=c.person("Barry", "Cowgill"),
      also=("complaint",),
      tags=NL)

c.write()
