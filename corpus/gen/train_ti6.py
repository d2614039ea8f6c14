"""train / ti6: urgent, bulk and other, written by (or to) people of many backgrounds.
Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti6", seed=1906)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]
SITE = c.site()

# ---------------------------------------------------------------- urgent (15)

c.add("urgent", subject="keys for tonight - I am ill", sender=("Ewa Jabłońska", "ewa.jablonska@gmail.com"),
      tags=("non-native",),
      body=f"""{SEC} sorry!!

I have fever 39 since morning, I cannot come tonight to open the hall for the GC. I have the only key for the Community Centre. Somebody must collect it from my house before 6.30, 14 Laurel Close, I will leave it with my neighbour at number 12 (Mrs Green) if nobody answer.

Please send someone, otherwise 40 people stand outside.

Ewa
""")

c.add("urgent", subject="leaflets at printer - can somebody collect 8am tomorrow?", sender=("Roxana Gheorghe", "roxana.gheorghe@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

The printer just call me, the 5000 leaflets for Sandhill are ready, but I must collect them tomorrow 8am, because they close for 2 weeks after (holiday). I don't have car now, my husband take it to Birmingham.

Can you find somebody with big car to collect tomorrow morning? Address is Quickprint, Unit 4 Canal Side. It is already paid. The volunteers start delivering at 10.

Roxana
""")

c.add("urgent", subject="nomination papers - one signature invalid - deadline tomorrow 4pm", sender=("Imran Chaudhry", "imran.chaudhry@gmail.com"),
      tags=("non-native",),
      body=f"""Salaam {SEC},

The elections office just rang. On Nasreen's nomination papers for the Aston by-election, one of the subscribers (No. 7, Mr Khalid Mir) is not on the register for the ward, he moved last year to Perry Barr. So the paper is invalid.

Deadline for nominations is tomorrow 4pm. We need a new paper with 10 subscribers who are all on the Aston register, signed, and handed in person at the Council House by Nasreen or the agent.

I can do the signatures tonight at the masjid after Isha if you can print a fresh form and bring the electoral register extract. Please call me, 07700 900318.

Imran
""")

c.add("urgent", subject="Channel S / Bangla TV - statement needed by 4pm today", sender=("Abul Kashem", "abul.kashem@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

The journalist from the Bangla TV channel called me. They are running a story tonight at 7pm about the closure of the Brick Lane youth centre and they want a statement from the Labour councillors or the CLP. Deadline is 4pm TODAY for the English quote, they will translate.

If we don't give anything they will say "Labour declined to comment" and only use the independent councillor's interview. That will be very bad for us in the community.

Can you or Cllr Miah send me 3-4 lines? I will pass to them.

Abul
""")

c.add("urgent", subject="interpreter cancelled - public meeting TONIGHT", sender=("Ayaan Dualeh", "ayaan.dualeh@gmail.com"),
      tags=("non-native",),
      body="""Hello,

The Somali interpreter for tonight's public meeting about the Eastfield regeneration just texted me that her son is in hospital and she cannot come. We have maybe 30 Somali residents coming, many elderly, who don't understand the housing language in English.

I can translate some but I am also speaking on the panel. Do you know anybody else? Maybe Mohamed Nur from the branch? Meeting starts 6.30pm. Please reply quick.

Ayaan
""")

c.add("urgent", subject="Committee room for tomorrow - hall cancelled", sender=("Folake Adewale", "folake.adewale@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

Please help. The church hall we booked as committee room for tomorrow (polling day) has just cancelled, a funeral is taking place there at 11am and the pastor forgot our booking. All the knock-up sheets and boards were going to be there from 6am.

I have asked my neighbour if we can use her front room at 42 Elmhurst Road, she said yes but it is small. Or can we use the Labour club? We must decide today so I can tell the volunteers tonight.

Folake
""")

c.add("urgent", subject="Zoom link for tonight's GC not working!!", sender=("Winnie Tse", "winnie.tse@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

The Zoom link sent for tonight's hybrid GC says "This meeting has been deleted by the host". I think it was created on Alan's account and he left the party last week so maybe his account was closed?

The meeting is at 7pm and about 15 delegates are joining online. Can someone make a new link from the CLP account and send to all delegates before 6? I can do it if you give me the login.

Winnie
""")

c.add("urgent", subject="Hall double booked the night", sender=("Sandra Buchanan", "sandra.buchanan@gmail.com"),
      tags=("dialect",),
      body=f"""{SEC} - ah'm at the Partick Burgh Hall noo and there's a zumba class in oor room. Caretaker says the booking system's got them in and no us fur the night. Branch meetin's at 7.

There's the wee room upstairs but it only takes 15 an there's nae lift fur Agnes. Or we could go tae the back room at the Lismore if they'll have us. Need a decision in the next hour so ah can put it oot on the group. Phone me.

Sandra
""")

c.add("urgent", subject="van's knackered - stall tomorrow", sender=("Micky Rutherford", "micky.rutherford@hotmail.co.uk"),
      tags=("dialect",),
      body="""Howay, bad news. The van's gone. Clutch. Garage says Monday at the earliest.

The gazebo, the table, the banner an aall the leaflets for the Quayside stall the morra are in the back of it at the garage in Byker. Somebody needs to get them oot the day before they shut at 5 or we've got nowt for 10 o'clock. Aa've got nae car.

Can ye find someone? Ring us.
Micky
""")

c.add("urgent", subject="Hustings tomorrow - Alun's ill, need a replacement by 10am", sender=("Nerys Bowen", "nerys.bowen@gmail.com"),
      tags=("dialect",),
      body=f"""{SEC},

Alun's just phoned me, he's got a chest infection and lost his voice completely. He's meant to be on the panel at the Senedd hustings at the Coliseum in Aberdare tomorrow night, 7pm, and the organisers need the name of any replacement by 10am tomorrow or they'll run it with an empty chair. That'd be a gift to Plaid and Reform.

Can you ring round? Ideally someone on the list who speaks Welsh, half the questions will be on the language and the schools.

Nerys
""")

c.add("urgent", subject="Snow - tonight's AGM", sender=("Walter Greenwood", "walter.greenwood@btinternet.com"),
      tags=("dialect", "older-writer"),
      body="""Dear Secretary,

It's coming down thick up here on t'tops and the Met Office has a yellow warning till tomorrow. The road to the Mechanics' Institute is like glass. Half our members are past seventy and I'll not have anybody breaking a hip for an AGM.

I think we should postpone tonight's AGM. But the notice went out under the rules so I believe it's for the officers to decide. Could you let me know by twelve noon so I can ring round? I've the phone list here but there's twenty-three to ring and a lot don't do email.

W. Greenwood
Branch Chair
""")

c.add("urgent", subject="lost the office keys!!!", sender=("Jordan", "jordan.p.1997@gmail.com"),
      tags=("dyslexic", "noisy"),
      body=f"""{SEC} im so sorry i think iv lost the ofice keys, had them in my jaket last nite. all the leeflets for tomorow are inside and the sesion starts 9am. does any1 els have a spare? if not do we need a locksmith tonite? let me no asap il pay for it
""")

c.add("urgent", subject="Invitation for live programme at 5 pm today", sender=("Radio Salam Community", "programmes@radiosalam.example.org.uk"),
      tags=("machine-translated", "non-native"),
      body="""Peace be upon you,

We are the Arabic community radio of the city. Today at 5 o'clock in the evening we have a live programme about the municipal elections and the services of the council for the Arab families. We invited the Conservative candidate and the candidate of the independents and they agreed.

We would like a representative of the Labour Party to participate by telephone or in the studio for 15 minutes. Please confirm the name and the number of the telephone before 3 o'clock today, so that we prepare the programme.

With thanks and appreciation,
Programme department
""")

c.add("urgent", subject="proof approval needed by 3pm", sender=("Egidijus Butkus", "egidijus@butkusprint.example.co.uk"),
      tags=("non-native",),
      body=f"""Hello {SEC},

Proof for the "Winter newsletter" (8 pages, 12,000 copies) is attached. To keep your Royal Mail door-to-door slot on Monday, I need approval by 3pm today. After 3pm the next slot is in 2 weeks, after Christmas.

Please check especially page 3, the councillor phone numbers, one number has only 10 digits. Reply "approved" or send corrections.

Regards
Egidijus Butkus
Butkus Print Ltd
""")

c.add("urgent", also=["procedural"], subject="NEC nomination - EC email vote needed by midnight tomorrow", sender=("Kwame Owusu-Ansah", "kwame.owusuansah@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC} and EC colleagues,

The deadline for CLP nominations for the NEC by-election is tomorrow, 23:59. The GC delegated the decision to the EC at the last meeting but we did not finish because we ran out of time.

I propose we do an email vote: please reply to all with your first choice by 6pm tomorrow so that I can submit on the portal before midnight. The candidates' statements are on the region's website.

If we miss it, our CLP will have no nomination at all this cycle.

Kwame
Vice-Chair
""")

# ---------------------------------------------------------------- bulk (15)

c.add("bulk", subject="Automatyczna odpowiedź / Automatic reply: GC papers", sender=("Beata Kozłowska", "beata.kozlowska@gmail.com"),
      headers=c.autoreply_headers("gmail"),
      tags=("autoreply", "non-native", "mixed-language"),
      body="""Dzień dobry,
Jestem na urlopie do 5 stycznia. Odpiszę po powrocie.

Hello,
I am on holiday until 5th January with limited access to email. I will reply when I come back. For branch matters please contact Piotr (piotr.dabrowski@gmail.com).

Beata
""")

c.add("bulk", subject="Ateb awtomatig / Automatic reply", sender=("Cllr Gwen Harries", "gwen.harries@council.example.gov.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=("autoreply", "mixed-language"),
      body="""Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 8 Rhagfyr. Os yw eich mater yn un brys, cysylltwch â'r Gwasanaethau Democrataidd ar 01443 000000.

Thank you for your email. I am out of the office until Monday 8 December. If your matter is urgent, please contact Democratic Services on 01443 000000.

Croesewir gohebiaeth yn Gymraeg. Correspondence in Welsh is welcomed.
""")

c.add("bulk", subject="Undelivered Mail Returned to Sender", raw=c.bounce("m.ogunbanjo@yahooo.co.uk", orig_subject="Branch AGM - notice and nomination form"),
      tags=("bounce",), body="")

c.add("bulk", subject="Bangladeshi Welfare Association - December newsletter", sender=("Bangladeshi Welfare Association", "news@bwa-east.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=("newsletter", "non-native", "mixed-language"),
      body="""বাংলাদেশী কল্যাণ সমিতি — Bangladeshi Welfare Association
December Newsletter

Assalamualaikum and greetings to all members and friends,

• Victory Day (বিজয় দিবস) celebration: Tuesday 16 December, 6pm, Kingsley Hall. Cultural programme, children's art competition, dinner. All welcome.
• Free advice surgery every Saturday 11am–1pm: housing, benefits, immigration. Bring your documents.
• Winter coat collection: please bring clean coats to the office before 20 December.
• English classes for women (ESOL Entry 1 and 2) restart in January. Register with Sister Rehana.

We thank all our local councillors of all parties for attending our AGM.

Unsubscribe | Update your preferences
Bangladeshi Welfare Association, 12 Hanbury Street
""")

c.add("bulk", subject="Somali Community Forum invited you to an event", sender=("Facebook", "notification@facebookmail.com"),
      fmt="html", tags=("social", "html-only", "confuser", "robot-no-list-headers"),
      html_body="""<html><body style="font-family:Helvetica,Arial">
<table width="100%" cellpadding="0"><tr><td style="padding:16px">
<p style="font-size:16px"><b>Somali Community Forum</b> invited you to <b>Community Iftar &amp; Councillors Q&amp;A</b></p>
<p style="color:#65676b">Friday 20 March at 17:45 · Eastfield Community Centre</p>
<p><a href="https://www.facebook.com/events/771203348812" style="background:#1877f2;color:#fff;padding:8px 14px;text-decoration:none;border-radius:6px">Going</a> &nbsp; <a href="https://www.facebook.com/events/771203348812">Interested</a></p>
<p style="color:#8a8d91;font-size:12px">This message was sent to you. If you don't want to receive these emails from Meta in the future, please unsubscribe.<br>Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland</p>
</td></tr></table></body></html>""",
      body="")

c.add("bulk", subject="Cloud recording - Riverside branch meeting is now available", sender=("Zoom", "no-reply@zoom.us"),
      tags=("confuser", "robot-no-list-headers"),
      body="""Hi Mehmet Yilmaz,

Your cloud recording is now available.

Topic: Riverside branch meeting (hybrid)
Date: Nov 24, 2026 07:02 PM London

Share recording with viewers:
https://zoom.us/rec/share/Xk2v8...

Recording will be automatically deleted after 30 days.

Thank you for choosing Zoom.
—The Zoom Team

+1.888.799.9666
©2026 Zoom Communications, Inc.
""")

c.add("bulk", subject="Your order confirmation: Charity concert for Ukraine", sender=("Eventbrite", "orders@eventbrite.com"),
      headers=c.newsletter_headers("Eventbrite"),
      tags=("newsletter",),
      body="""You're going to Charity concert for Ukraine — Kalyna Choir & friends!

Order #8812004451 — 2 x General admission (£12.00 each)
Saturday 13 December 2026, 19:00
St George's Church Hall

All proceeds to the Ukrainian Community Association's winter generators appeal.

View your tickets: https://www.eventbrite.co.uk/mytickets

Questions about this event? Contact the organiser.
Eventbrite, 1 Kingsway, London
""")

c.add("bulk", subject="New member in your branch: Eastfield", sender=("Membership System", f"membership-notifications@{SITE}"),
      tags=("confuser", "robot-no-list-headers"),
      body="""This is an automated message. Please do not reply.

A new member has joined a branch you administer.

Branch: Eastfield
Membership type: Standard (reduced rate)
Joined: 27/11/2026
Source: Online joining form

To view this member's details log in to the membership dashboard. Remember that member data must only be used for party purposes and in line with data protection guidance.
""")

c.add("bulk", subject="Your statement is ready to view", sender=("Unity Trust Bank", "noreply@unity.example.co.uk"),
      tags=("confuser", "robot-no-list-headers"),
      body=f"""Dear Customer,

Your monthly statement for account ending 4471 ({CLP.upper()}) is now available in Internet Banking.

Please log in to view it. We will never ask you to confirm your password or security details by email.

Unity Trust Bank
This is an automated email, please do not reply.
""")

c.add("bulk", subject="Trending in Moorfield: 'Labour leaflet in 6 languages??' and more", sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"),
      headers=c.newsletter_headers(), fmt="alt",
      tags=("newsletter", "non-native", "noisy"),
      body="""Nextdoor Moorfield — Today's top posts

Labour leaflet in 6 languages?? — Brian, Moorfield East
Got a leaflet through the door today in English, Urdu, Polish, Bengali, Somali and Romanian. Waste of money or good idea? 47 replies

Lost cat Grey with white paws — Aneta, Hillcrest
Please check your sheds, he is called Bobik, answer to name (sometimes). Very friendly. 12 replies

Recommend plumber? — Shafiq, Moorfield West
Boiler making noise like plane taking off lol. Anyone know good plumber not too expensive 9 replies

Christmas market this Saturday — Moorfield Traders
Stalls from 10am, Santa from 12. 3 replies

You're receiving this because you're a member of Nextdoor Moorfield. Unsubscribe · Settings
""")

c.add("bulk", subject="Jummah timings & community notices", sender=("Masjid Noor", "info@masjidnoor.example.org.uk"),
      headers=c.list_headers("Masjid Noor notices", domain="masjidnoor.example.org.uk"),
      tags=("list", "non-native"),
      body="""Assalamu alaikum wa rahmatullah,

Jummah timings (winter):
1st khutbah 12:30pm — 2nd khutbah 1:30pm

Community notices:
- Councillors' surgery will be held in the community room after 2nd Jummah on 12 December. All councillors of the ward (all parties) have been invited.
- Madrasah fees for the new term are due.
- Please do not park on Clifton Street, the neighbours are complaining.
- Janazah of brother Haji Mohammed Akram (Allah yarhamhu) after Zuhr on Thursday.

JazakAllah khair
Masjid Noor Committee
""")

c.add("bulk", subject="Re: Estou de férias / On holiday", sender=("Joana Ribeiro", "joana.ribeiro@gmail.com"),
      headers=c.autoreply_headers("rfc3834"),
      tags=("autoreply", "non-native", "mixed-language"),
      body="""Olá! Estou de férias em Portugal até 3 de janeiro, sem acesso regular ao email.
Hello! I'm on holiday in Portugal until 3 January without regular email access.

Boas festas! / Merry Christmas!
Joana
""")

c.add("bulk", subject="[govan-branch] Digest for govan-branch@googlegroups.com - 4 updates in 3 topics", sender=("govan-branch@googlegroups.com", "govan-branch+noreply@googlegroups.com"),
      headers=c.list_headers("govan-branch", domain="googlegroups.com"),
      tags=("list", "dialect"),
      body="""govan-branch@googlegroups.com — Digest

Topic: Leafletin Saturday
  Tam Kerr: Meet at the subway 10am. Bring gloves, it's Baltic.
  Chloe Baird: Ah'll be there bit late, 10.30 ok?

Topic: Christmas night oot
  Gillian Rafferty: Booked the Brazen Head, 19th, 7pm. £5 deposit tae me by the 10th.

Topic: Minutes Nov
  Gillian Rafferty: Attached. Shout if ah've got anythin wrang.

You received this digest because you're subscribed to updates for this group. To unsubscribe from this group and stop receiving emails from it, send an email to govan-branch+unsubscribe@googlegroups.com.
""")

c.add("bulk", subject="Sign our petition: Stop the deportation of Kurdish asylum seekers", sender=("Kurdish Solidarity Network", "info@kurdishsolidarity.example.org"),
      headers=c.newsletter_headers("Action Network"),
      tags=("newsletter",),
      body="""Dear friend,

Last month, 14 Kurdish asylum seekers from Turkey were detained in Brook House and face removal. Several of them are political activists who face prison if returned.

We are asking Labour members, councillors and CLPs to sign our open letter to the Home Secretary and to raise it with their MPs.

SIGN THE LETTER → https://actionnetwork.org/letters/stop-kurdish-deportations

Berxwedan jiyan e — Resistance is life.

Kurdish Solidarity Network
You are receiving this email because you signed up at one of our events. Unsubscribe.
""")

c.add("bulk", subject="Kofi Mensah shared \"GC papers December\" with you", sender=("Dropbox", "no-reply@dropbox.com"),
      tags=("confuser", "robot-no-list-headers"),
      body="""Kofi Mensah (kofi.mensah@outlook.com) invited you to view the folder "GC papers December" on Dropbox.

Kofi said: "hi, all the papers here, minutes + motions + treasurer report. please check"

Go to folder: https://www.dropbox.com/scl/fo/...

Enjoy!
The Dropbox team
""")

# ---------------------------------------------------------------- other (10)

c.add("other", subject="Thank you for the card 💐", sender=("Zofia Kowalska", "zofia.kowalska@gmail.com"),
      tags=("non-native", "older-writer"),
      body="""Dear friends from the Labour,

Thank you so much for the beautiful card for my 90th birthday which Mrs Linda bring to my flat. I was very surprised and happy, I put it on the window with the others. I am member since 1998 when my husband Stanisław was still alive and he always say Labour is party of workers, like PPS in Poland before the war.

I cannot come to the meetings any more with my legs but I think about you.

With love,
Zofia Kowalska
""")

c.add("other", subject="appointment for blood test", sender=("Maria do Céu Santos", "mariaceu.santos@hotmail.com"),
      tags=("non-native", "misdirected"),
      body="""Good morning,

I need to make appointment for blood test for my husband José Santos, date of birth 12/04/1961, the doctor ask him to repeat the test for the sugar. Which day is free next week? Morning is better.

Thank you
Maria do Céu
""")

c.add("other", subject="Condolences - Brother Frank Whitehead", sender=("Kojo Annan-Mensah", "kojo.annanmensah@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I have just heard the sad news of the passing of Brother Frank Whitehead. When I first came to this country in 1989 and joined the branch, Frank was the first person who shook my hand and invited me for a pint, and he never once made me feel like an outsider. He taught me how to chair a meeting and how to fold a leaflet so it goes through any letterbox.

Please pass my deepest sympathy to his wife Joan and the family. If there is a collection or a book of condolence, I would like to contribute. Da yie, Frank.

Kojo
""")

c.add("other", subject="Leaflet printing - special rate for CLPs", sender=("Rakesh Agarwal", "rakesh@sunriseprint.example.co.uk"),
      tags=("non-native", "sales-pitch"),
      body=f"""Dear Sir/Madam,

Greetings from Sunrise Print, Leicester. I am Rakesh, the owner. We are a family printing business since 2004 and we print for many community organisations, temples, mosques and churches and also two Labour CLPs in the East Midlands (references available).

For the May elections we can offer A5 double-sided full colour leaflets, 10,000 for £249 including delivery, imprint checked, 3 day turnaround. We also print in Gujarati, Punjabi, Urdu, Bengali, Polish at no extra charge if you supply translation.

May I call you next week for 5 minutes? My mobile is 07700 900884.

Kind regards,
Rakesh Agarwal
""")

c.add("other", subject="Baby news!", sender=("Sumaiya Begum", "sumaiya.begum@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC} and everyone,

Just to let you know our daughter Inaya arrived on Sunday morning, 3.2kg, mashallah both of us are healthy! Sorry I disappeared from the women's forum WhatsApp suddenly 😅

I will be back for the campaign in spring inshallah, maybe with a pushchair. Thank you for all the lovely messages.

Sumaiya
""")

c.add("other", subject="Cheerio fae me", sender=("Jim McPhee", "jim.mcphee@btinternet.com"),
      tags=("dialect", "older-writer"),
      body=f"""{SEC},

Just tae let ye know me an Sadie are movin tae Spain in January, wee place near Alicante. Efter 42 year in the party an 30 in Govan branch it's a wrench but ma lungs cannae take another Glasgow winter.

Ah'll keep ma membership, there's a Labour International branch oot there apparently. Tell the young team tae keep chappin doors. It wis a privilege.

Jim
""")

c.add("other", subject="One year in this country - thank you", sender=("Halyna Marchenko", "halyna.marchenko@gmail.com"),
      tags=("non-native",),
      body="""Dear friends,

Today is exactly one year since me and my son arrived in this city from Zaporizhzhia. I want to say thank you to the people from your party who helped us in the first months: Margaret who brought the winter clothes, Cllr Davies who helped with the school place, and the young man (sorry I forget his name) who drove us to the Jobcentre three times.

Now I work in a care home and my son speaks English better than me! We are not members of any party but I wanted you to know that what you did was important.

With gratitude,
Halyna
""")

c.add("other", subject="Found this in the loft - 1945!", sender=("Herbert Lumb", "herbert.lumb@talktalk.net"),
      tags=("dialect", "older-writer"),
      body=f"""Dear {SEC},

Our Beryl was clearing t'loft and she come across a box of my father's things. In it there's a leaflet from the 1945 election for our constituency, "Vote Labour — Let Us Face the Future", with the candidate's photo, and a membership card of his from 1937 with the stamps all filled in. Tuppence a week it was!

I thought the CLP might like them for the archive or to put up at the centenary do. They're a bit foxed but you can read them. I'll bring them to the next branch meeting if somebody reminds me.

All the best,
Herbert Lumb
""")

c.add("other", subject="Wedding invitation - Chiamaka & Tobi", sender=("Chiamaka Obi", "chiamaka.obi@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC} and members of Northside branch,

With joy in our hearts, Tobi and I would like to invite the branch to our wedding reception on Saturday 7th February 2027 at the Crown Banqueting Suite, from 4pm. You have all been like family to us since we joined in 2022 (and Tobi proposed after a canvassing session, so the party is partly responsible!).

Dress code: traditional or smart. Colours of the day are emerald green and gold.

Please let me know numbers by 10th January.

With love,
Chiamaka
""")

c.add("other", subject="photos from CNY event 🧧", sender=("Jacky Kwok", "jacky.kwok@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

Here are the photos from the Chinese New Year event at the community centre (Google Photos link below). Everybody in the photos agreed to be taken and shared, I asked each table. Feel free to use on the CLP page. The lion dance ones are the best haha.

https://photos.app.goo.gl/(link)

恭喜發財! Thanks for coming, the aunties loved meeting the councillors.

Jacky
""")

c.write()
