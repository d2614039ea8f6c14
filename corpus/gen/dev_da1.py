"""Held-out dev set, writer da1: veiled/implicit threats, a few explicit ones, hard negatives
and ordinary mail for a valleys CLP. Every message below was written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "da1", seed=2101)
SEC = c.secretary()

# ======================================================================================
# SAFETY - implicit, veiled, conditional, wish-harm (class 1), some explicit, some noisy
# ======================================================================================

c.add("safety", subject="Gala day",
      sender=("A Parent", "concerned.parent.cwm@gmail.com"),
      body="""\
Lovely to see Councillor Morgan's little girl at the gala on Saturday. She was in her St Tydfil's
jumper, so I'm guessing that's her school. Nice school. Walks home with her friends along Heol
Glyn, doesn't she.

Just something for him to think about next time he votes to close our day centre.
""", tags=("implicit", "veiled", "conditional"))

c.add("safety", subject="",
      sender=("", "nomorelies77@protonmail.com"),
      body="""\
blue corsa, dent in the back bumper, parked by Bethania chapel every other thursday from 7 till
about half 9 while you lot have your little branch meeting.

youd want to start parking somewhere with a camera
""", tags=("implicit", "veiled", "stalking"))

c.add("safety", subject="Pontmawr baths vote",
      sender=c.person("Gareth", "Price", "btinternet.com"),
      body="""\
Rhian,

I'm writing because I know you'll pass this on.

If the council votes to close Pontmawr baths on the 14th then Councillor Jenkins had better not
show his face in Pontmawr again. Not in the Co-op, not in the club, not at the rugby. My father
learned to swim in that pool and so did my kids. People round here have long memories and short
fuses and I won't be the one holding anybody back.

Consider this the only polite notice he gets.

Gareth
""", tags=("conditional", "veiled"))

c.add("safety", subject="your MP",
      sender=("Keith", "keith.w.1958@yahoo.co.uk"),
      body="""\
Before you go running to the police this is NOT a threat. I'm just stating my feelings which I'm
allowed to do in a free country, or it used to be.

If that woman got knocked down on the A470 on her way to one of her precious surgeries I would buy
the driver a pint and I know plenty who'd buy him the second one.

That's all.
""", tags=("wish-harm",))

c.add("safety", subject="Re: AGM - 23rd November",
      sender=c.person("Owen", "Harris", "hotmail.co.uk"),
      body=c.quote_reply("""\
Got it. We'll be there. All of us, not just the members either.

Tell whoever's chairing it to bring more than two stewards this time, and tell anyone who votes
to keep Lewis as chair that we'll be in the car park after for a proper chat. They can park
round the back if they like, we'll find them.
""", """\
Dear member,

The Annual General Meeting of Cwm Taf Valleys CLP will be held on Sunday 23rd November at 2pm in
the Workmen's Hall, Treforgan. Business will include the election of officers and delegates.

Rhian Evans
Secretary
"""), tags=("veiled", "implicit", "quoted", "embedded"))

c.add("safety", subject="Message for your chairman",
      sender=("", "valleyvoice.truth@outlook.com"),
      body="""\
Your chairman lives at the top end of Heol y Nant, don't he. Yellow door, red Kia on the drive,
the wife works mornings in the Spar.

Pass on a message for me. People know. That's all he needs to hear.
""", tags=("implicit", "doxxing", "veiled"))

c.add("safety", subject="Cllr Bevan",
      sender=c.person("Leanne", "Thomas", "icloud.com"),
      body="""\
Your councillor Sian Bevan walks that spaniel up the old tramroad every morning about ten to seven
before she goes to work. On her own, no phone signal up past the second stile. Very quiet up
there this time of year.

She wants to be careful who she upsets with these planning decisions. That's just friendly advice.
""", tags=("implicit", "veiled", "stalking"))

c.add("safety", subject="leaflets brynglas",
      sender=("", "brynglas.residents@gmail.com"),
      body="""\
This is a friendly warning and it is the only one you will get.

Stop sending your volunteers onto the Brynglas estate with your leaflets. They are not welcome.
We've told them nicely at the door. Next time they come they won't be walking back down the hill
with their leaflets, or their phones, or anything else.

You've been told.
""", tags=("veiled", "conditional"))

c.add("safety", subject="door",
      sender=("", "xxtk2@proton.me"),
      body="""\
took a picture of your front door this morning Rhian. 6.40am. You were still asleep I think,
bedroom curtains were shut.

you want to get that hinge on the gate sorted, it squeaks.
""", tags=("implicit", "stalking"))

c.add("safety", subject="Friday trains",
      sender=("Concerned Constituent", "cc.tonyrefail@gmail.com"),
      body="""\
Please pass this to the MP's office since they never answer.

Tell her we know which train she gets back from Paddington on a Friday and which carriage she
sits in. Quiet coach. Funny how quiet it is by the time it gets past Newport.
""", tags=("implicit", "stalking", "veiled"))

c.add("safety", subject="Gaza vote",
      sender=c.person("Imran", "Malik", "gmail.com"),
      body="""\
I've emailed the MP four times about this. Four. Not one reply.

If she abstains again when this comes back to the Commons, then whatever happens to her office on
Taff Street is on her, not on anyone else. Windows are cheap to replace aren't they. Easier than
children.
""", tags=("conditional", "veiled"))

c.add("safety", subject="new baby",
      sender=("", "welwisher.cefn@hotmail.com"),
      body="""\
Congratulations to Councillor Rees on the new baby, saw the photos on Facebook. Little Elis, is it?
Lovely name.

It would be awful if anything spoiled such a happy time for the family. Maybe he could have a
long think about which way he votes on the Cefn Coed houses next month.
""", tags=("implicit", "conditional", "veiled"))

c.add("safety", subject="Secretary",
      sender=("", "u.know.who.cwm@gmail.com"),
      body="""\
Rhian.

You live in Trebanog. You've got a grey cat that sits on the wall. You put your bins out on a
Tuesday night, never Wednesday morning like you're meant to. Your mam comes Sundays.

I'm only showing you how easy it is. Resign as secretary and it stops.
""", tags=("implicit", "stalking", "conditional"))

c.add("safety", subject="landlord councilor",
      sender=c.person("Florin", "Popescu", "yahoo.com"),
      body="""\
Hello,

I am writing about councilor Davies who is owner of house where I live with my wife and two
child in Pentre. For 8 month we have black mould and water from ceiling and he do nothing, only
say "is not my problem, open window". Now he send letter we must leave in 2 month.

I am not stupid man. I know he is in your party. I know where he is living also, is big house
near golf. I will go there and wait for him and we will speak like men, not like in email, and
after this he will understand. Maybe he will not like how I speak.

Florin Popescu
""", tags=("veiled", "non-native", "implicit"))

c.add("safety", subject="Re: Re: complaint about the housing officer",
      sender=c.person("Darren", "Lloyd", "sky.com"),
      body=c.quote_reply("""\
You can "note my concerns" all you want.

Last man who treated my family like that ended up in the Royal Glamorgan for three weeks. I did
my time for it and I'd do it again. Just so you know the kind of man you're dealing with, and so
does Mr Powell.
""", """\
Dear Mr Lloyd,

Thank you for your email. I have noted your concerns and passed them to Cllr Powell's caseworker,
who will be in touch within ten working days.

Kind regards,
Rhian Evans
""", style="gmail"), tags=("veiled", "implicit", "quoted"))

c.add("safety", subject="selection",
      sender=c.person("Huw", "Jenkins", "googlemail.com"),
      body="""\
Word is Regional are going to impose Dai Pritchard on us without a proper shortlist. If that
happens there will be blood on the floor at that hustings, and before anyone says it I don't mean
that as a figure of speech. I've been a member 31 years and there's a few of us who'd happily go
back inside for this. You can tell Regional that from me.
""", tags=("conditional", "veiled"))

c.add("safety", subject="for the family",
      sender=("", "justice4mam@outlook.com"),
      body="""\
My mother died on a trolley in a corridor after waiting nine hours. Your councillors voted for
the cuts and your MP smiled for the photos when they "reconfigured" the A&E.

The people who did this to her will pay. I don't mean at the ballot box. I mean it.
""", tags=("veiled", "implicit"))

c.add("safety", subject="canvass saturday",
      sender=("", "p.m.0611@gmail.com"),
      body="watch yourselves on saturday\n", tags=("veiled", "implicit"))

c.add("safety", subject="Cllr Rees - bin collections",
      sender=c.person("Malcolm", "Hughes", "btinternet.com"),
      body="""\
Dear Secretary,

I would be grateful if you could pass the following to Councillor Rees, as he does not appear to
read his own correspondence.

I have taken his home address from the electoral register. Some friends and I will be calling on
him personally one evening soon to discuss the fortnightly bin collections. We will not be
ringing ahead. I doubt he will enjoy the visit, and I doubt his wife will either.

Yours faithfully,
M. Hughes
""", tags=("implicit", "veiled", "doxxing"))

c.add("safety", subject="That MP in Yorkshire",
      sender=("", "redlinewales@gmail.com"),
      body="""\
Remember what happened to that MP in Yorkshire outside her surgery.

Could happen in Wales too. Library in Treorchy, second Saturday of the month, 10 till 12. Not
hard to find out is it.
""", tags=("veiled", "implicit", "stalking"))

c.add("safety", subject="Ynysybwl under 12s",
      sender=("", "touchline.dad@yahoo.co.uk"),
      body="""\
Saw your son playing for the under-12s Sunday morning. Good little winger. Left foot like a wand.

Be a shame if he had to pack it in because of his mam's politics. Tell her to drop the
complaint against Terry and everyone can go back to watching football.

Sent from Yahoo Mail on Android
""", tags=("implicit", "conditional", "veiled"))

c.add("safety", subject="Miners Institute bookings",
      sender=("", "ex.member.treforgan@gmail.com"),
      body="""\
Someone should have a quiet word with the committee at the Institute. If they keep letting your
lot hold meetings there their insurance is going to get very expensive very quickly.

Old building. A lot of wood in that hall. Wiring's ancient. Things happen.
""", tags=("veiled", "implicit", "conditional"))

c.add("safety", subject="her",
      sender=("", "anon6629@protonmail.com"),
      body="""\
If she had a stroke tomorrow I'd be celebrating, and I'd say it at her funeral in front of her
family. I'm not going to do anything. I won't have to. People like her get what's coming.
""", tags=("wish-harm",))

c.add("safety", subject="PIP cuts",
      sender=c.person("Stephen", "Morris", "talktalk.net"),
      body="""\
I was a member for twenty years. Voted for you every time.

They've stopped my PIP. I've got a heart condition and COPD and the assessor who spent eleven
minutes with me says I can walk 200 metres. The MP's office sent me a leaflet.

Vote for more of this and you'll find out what desperate men do when they've got nothing left to
lose. I've got nothing left to lose. Nothing at all. Tell her that. She can have it in writing.
""", tags=("conditional", "veiled"))

c.add("safety", subject="Branch chair",
      sender=("", "quietwatcher@mail.com"),
      body="""\
Dear Rhian, please let your branch chair know I've been outside his house a few evenings this
week. He hasn't noticed yet.

He will.
""", tags=("stalking", "implicit"))

c.add("safety", subject="flowers",
      sender=("Florist order", "lilies.for.you@gmail.com"),
      body="""\
Ordered some flowers to be delivered to your councillor's house on Friday. Lilies and a wreath.
Card just says "soon".

She'll know what it's about.
""", tags=("veiled", "implicit"))

c.add("safety", subject="Bryn Terrace",
      sender=c.person("Clive", "Edwards", "aol.com"),
      body="""\
Next time your lot come knocking on Bryn Terrace they'll be meeting my two Staffies and I won't
be holding the leads. I've told your man with the clipboard once. I won't tell him twice.
""", tags=("conditional", "veiled"))

c.add("safety", subject="Tenby",
      sender=("", "seaside.watcher@gmail.com"),
      body="""\
Enjoy Tenby next week Councillor. Weather's meant to be decent.

Your house will be all on its own while you're away though. Hope you've got good locks.
""", tags=("implicit", "veiled", "stalking"))

c.add("safety", subject="your daughter",
      sender=("", "helpful.stranger99@outlook.com"),
      body="""\
Rhian, your daughter's Instagram is public. Ffion, isn't it. She posts where she is all the time.
Costa in Pontypridd after college, netball Wednesdays, the bus stop.

Someone should tell her to be more careful. Especially with her mam annoying so many people.
""", tags=("implicit", "stalking", "veiled"))

c.add("safety", subject="5th November",
      sender=("", "guyfawkes.cwm@gmail.com"),
      body="""\
Bonfire night's a fitting date for your office on Taff Street isn't it. Everybody will think it's
just fireworks.
""", tags=("veiled", "implicit"))

c.add("safety", subject="licence",
      sender=c.person("Robert", "Gwilym", "btinternet.com"),
      body="""\
I have a shotgun certificate, a long memory and a lot of free time since your lot closed the
colliery museum where I volunteered for fifteen years.

Mr Pugh should think about that when he's walking his land survey on the mountain on Sundays.
""", tags=("veiled", "implicit"))

c.add("safety", subject="surgery saturday",
      sender=c.person("Jason", "Powell", "hotmail.com"),
      body="""\
I'm coming to the surgery on Saturday and when I see that smug prat I'm going to punch his face
in. I don't care who's there. Tell him to get his stewards ready.
""", tags=("explicit",))

c.add("safety", subject="You lot",
      sender=("", "burnit.down@protonmail.com"),
      body="""\
I'm going to put a petrol bomb through the letterbox of your office on Taff Street and I hope
you're in it when I do. Every one of you.
""", tags=("explicit",))

c.add("safety", subject="RE: Council tax 9.5%",
      sender=c.person("Nigel", "Bowen", "ntlworld.com"),
      body="""\
Rhian,

Further to my previous two emails which you have ignored.

Your councillors voted through a nine and a half percent council tax rise while cutting the
library hours and the bus to the hospital. I am a pensioner. I have had enough.

I am going to find Councillor Bevan and I am going to hurt her. That is not a figure of speech.
I will do it before Christmas.

N. Bowen
""", tags=("explicit", "embedded"))

c.add("safety", subject="IM GOING TO KILL HIM",
      sender=("", "taffy.boyo69@hotmail.co.uk"),
      body="""\
IF THAT COUNCILLOR COMES NEAR MY STREET AGAIN WITH HIS CLIPBOARD IM GOING TO KILL HIM I SWEAR ON
MY KIDS. HE TOOK MY SONS PLACE AT THE SPECIAL SCHOOL. I KNOW HIS FACE NOW
""", tags=("explicit", "noisy"))

c.add("safety", subject="",
      sender=("", "jj.cwmbach@gmail.com"),
      body="""\
u r dead meat rhian evans. dead. meat. u and that fat councillor. we no wher u both live
""", tags=("explicit", "noisy", "doxxing"))

c.add("safety", subject="drive safe",
      sender=("", "roadwatcher.a4059@gmail.com"),
      body="""\
the mp drives herself back from the surgery in aberdare dont she. that mountain road in the dark.
lot of bends. brakes are funny things aren't they, you never know when they might go
""", tags=("veiled", "implicit", "noisy"))

c.add("safety", subject="Dyfodol",
      sender=c.person("Tomasz", "Nowak", "wp.pl"),
      body="""\
Hello Rhian

I am member of party 6 years. For me the councilor Matthews say in meeting that people like me
"take the houses". Everybody hear this. I am working in the care home 12 hour every day.

I dont want to make problem. But if he say this one more time I think he will be sorry, and not
because of complaint. My brothers also think so. We are not people you can speak like this.

Tomasz
""", tags=("conditional", "veiled", "non-native"))

c.add("safety", subject="Karma",
      sender=("", "pensioner.aberfach@gmail.com"),
      body="""\
Honestly the world would be a better place if someone did to him what he did to us pensioners
this winter. Let him sit in the cold and the dark and see how he gets on. Not a threat, just
karma, and karma knows where he lives same as I do.
""", tags=("wish-harm", "implicit"))

c.add("safety", subject="Re: Thank you for contacting the office of the MP",
      sender=c.person("Bethan", "Watkins", "outlook.com"),
      body=c.quote_reply("""\
Automated reply again. Fine.

Here's something for a human to read then. I know which school the MP's kids go to. I've seen
them at the gate. I'm not going to say anything else because I don't need to.
""", """\
Thank you for contacting the office of the Member of Parliament. This is an automated response.
We aim to reply to all constituents within 15 working days. If your matter is urgent please call
the constituency office.
""", quoted_from="MP Office <office@example-mp-cwmtaf.org.uk>", style="gmail"),
      tags=("implicit", "veiled", "quoted"))

# ======================================================================================
# HARD NEGATIVES (class 5) - true categories
# ======================================================================================

c.add("complaint", subject="Cwm library",
      sender=c.person("Margaret", "Davies", "btinternet.com"),
      body="""\
Dear Ms Evans,

I have lived in Cwm for seventy-three years and I never thought I'd see a Labour council shut the
library my grandfather helped to build with the miners' pennies. It will kill this village. The
young ones have nowhere to go as it is, and now the old ones will have nowhere either.

Every councillor who voted for this has blood on their hands as far as I'm concerned, and I shall
be telling them so at the next ward meeting.

Yours sincerely,
Margaret Davies (Mrs)
""", tags=("hard-negative", "metaphor", "angry"))

c.add("other", subject="printer",
      sender=c.person("Dylan", "Morgan", "gmail.com"),
      body="""\
Rhian - shoot me a text when you're back from Cardiff. The new leaflets cost a bomb at
Print-a-Lot so I don't want them sitting in my boot for a week. Can drop them at yours or the
office, whatever's easiest.

D
""", tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="Fire alarm test Thursday?",
      sender=c.person("Pauline", "Harris", "hotmail.co.uk"),
      body="""\
Hi Rhian,

There's a notice up at the Institute saying the fire alarm will be tested and there's an
evacuation drill on Thursday at 7pm. Isn't that right in the middle of our branch meeting? Do we
need to move it or will it just be a few minutes of noise?

Pauline
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Removal from ward WhatsApp group",
      sender=c.person("Kevin", "Rowlands", "outlook.com"),
      body="""\
I was removed from the Pentre ward WhatsApp group last night without warning or explanation by
the branch secretary. I have been a member for nine years and delivered more leaflets than
anyone in that group.

I want a written explanation by the end of the week of who made this decision and on what basis.
If I do not receive one you will be hearing from my solicitor, and I will be raising it with the
General Secretary.

Kevin Rowlands
""", tags=("hard-negative", "legal-threat", "angry"))

c.add("procedural", subject="Motion for GC - two-child limit",
      sender=c.person("Naomi", "Price", "gmail.com"),
      body="""\
Dear Rhian,

Please find below a motion from Treforgan branch for the November GC. It was passed at our
branch meeting on the 3rd (11 for, 2 against, 1 abstention).

"This CLP notes that the two-child limit is pushing thousands of children in Wales into
poverty. This CLP believes the policy is killing the life chances of a generation and that a
Labour government cannot defend it. This CLP resolves to write to the MP and to the Secretary of
State calling for its immediate abolition."

Proposer: Naomi Price. Seconder: Aled Hopkins.

Thanks,
Naomi
Branch Secretary, Treforgan
""", tags=("hard-negative", "metaphor"))

c.add("bulk", subject="Staying safe on the doorstep - new guidance for candidates and activists",
      sender=("Welsh Labour", "news@welshlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="alt",
      body="""\
Staying safe on the doorstep

Dear colleague,

Sadly, abuse and intimidation of candidates and campaigners has increased over the last two
election cycles. Several councillors across Wales have reported threats, and some have been
followed home after public meetings.

We have updated our safety guidance. Key points:

 - Never canvass alone. Always tell someone where you are going.
 - Do not enter a property, however friendly the resident.
 - If anyone is threatening, walk away and report it to your local police and to the regional
   office.
 - Keep your home address off campaign literature; you may use the CLP address instead.
 - Candidates can request a security assessment through the Parliamentary or Senedd schemes.

Full guidance and a reporting form are on Membersnet.

In solidarity,
Welsh Labour Campaigns Team

Unsubscribe | Update your preferences
""", tags=("hard-negative", "news-about-threats"))

c.add("other", subject="WE DID IT",
      sender=c.person("Carys", "Hopkins", "icloud.com"),
      body="""\
Rhian!!! What a night. We absolutely smashed it in Aberfach, turnout up and we crushed them in
the two wards everyone said were gone. Reform got slaughtered in Pentre. I'm still shaking.

Thank you for everything, for the coffee and for shouting at me to go home at 3am. Owe you a
very large glass of wine.

Carys x
""", tags=("hard-negative", "metaphor"))

c.add("complaint", subject="Winter fuel",
      sender=c.person("Alan", "Bevan", "talktalk.net"),
      body="""\
Dear Rhian Evans

I have been Labour all my life as was my father and his father before him. They'd be turning in
their graves.

Taking the winter fuel payment off pensioners, then half giving it back when the polls went bad,
then the letters from the DWP nobody could understand. My neighbour, 84, sat in a coat in her
own front room all last January. Your MP sent me a form reply that said "we recognise the
pressures". Recognise! She recognises nothing.

I want to know what this CLP actually did about it. Did anyone stand up at a meeting and say
this is wrong? Did anyone write to London? Or did you all just clap.

I'll make sure every pensioner in this street knows exactly what you did and didn't do. Watch
this space come the council elections, because I won't be the only one who stays at home.

Alan Bevan
""", tags=("hard-negative", "angry"))

c.add("query", subject="Saturday",
      sender=c.person("Josh", "Williams", "gmail.com"),
      body="""\
hiya where are we hitting the doors on saturday? is it still the target streets in Cwmbach or
has it moved? can bring 2 extra people from uni

josh
""", tags=("hard-negative", "benign-violent-word"))

c.add("other", subject="Interesting article on MPs' security",
      sender=c.person("Elwyn", "Morgan", "btinternet.com"),
      body="""\
Rhian,

Thought you might find this of interest. There's a long piece in this week's paper about the
security scheme for MPs, how much it costs, and the number of threats reported to the police by
Members last year. Apparently it's gone up by nearly a third. Several Welsh MPs are quoted,
including one who now doesn't publish her surgery dates in advance.

Sobering reading. Might be worth thinking about for our own councillors one day.

Elwyn
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="political suicide",
      sender=c.person("Sharon", "Jones", "yahoo.co.uk"),
      body="""\
The welfare bill is political suicide and everybody on the doorstep knows it except the people
in Downing Street. They've stabbed their own voters in the back. I've canvassed for this party
since 1997 and I've never had doors slammed like this.

I'm not leaving, before you ask. But I want it minuted at GC that members in this CLP are
furious, and I want to know why the MP voted for it.

Sharon Jones, Aberfach branch
""", tags=("hard-negative", "metaphor", "angry"), also=["query"])

c.add("other", subject="apologies for Saturday",
      sender=c.person("Moira", "Evans", "hotmail.com"),
      body="""\
Sorry Rhian, can't do the canvass Saturday, this heat is killing me and the doctor has told me
to keep my feet up for a week. Next time!

Moira
""", tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Draft minutes - GC 12 October",
      sender=c.person("Aled", "Hopkins", "gmail.com"),
      body="""\
Hi Rhian, draft minutes from GC below for you to check before they go out.

1. Apologies: M. Evans, J. Pugh, S. Bevan.
2. Minutes of the previous meeting agreed.
3. Matters arising: the hall's fire safety officer reminded members that the rear fire exit must
   be kept clear and that the extinguishers had been checked on 1 October.
4. Councillors' report: Cllr Price said the latest budget settlement was "a bullet to the head"
   for youth services in the county and asked members to support the consultation response.
5. Motion on local bus services - carried unanimously.
6. AOB: none.

Aled (minutes secretary)
""", tags=("hard-negative", "benign-violent-word", "metaphor"))

c.add("complaint", subject="Defamatory leaflet - Ward 4",
      sender=("Howells & Co Solicitors", "enquiries@howellsco.example.co.uk"),
      body="""\
Dear Sir or Madam,

We act for Mr Gerallt Hughes, an independent candidate in the recent by-election in the Pentre
ward.

A leaflet published and promoted on behalf of Cwm Taf Valleys CLP states that our client "was
sacked by the council for fiddling expenses". That statement is false and defamatory.

We require that you (1) cease distribution of the leaflet immediately, (2) publish a retraction
in terms to be agreed, and (3) confirm within 14 days that you will do so. Failing this, our
client reserves the right to issue proceedings without further notice.

Yours faithfully,
Howells & Co

Howells & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority.
This email is confidential and may be legally privileged. If you are not the intended recipient
please notify us immediately and delete it. We will never change our bank details by email.
""", tags=("hard-negative", "legal-threat"))

c.add("data-protection", subject="HOW DID YOU GET MY NUMBER",
      sender=c.person("Lee", "Phillips", "gmail.com"),
      body="""\
Three calls this week from your phone bank. I have NEVER given Labour my mobile number. Never.
Who gave it you? If I get one more call I'm going to lose it, I'm on nights.

Delete it and tell me where you got it from.
""", tags=("hard-negative", "angry", "benign-violent-word", "confuser", "dp-no-legal-words"))

c.add("other", subject="good luck tonight!",
      sender=c.person("Rhodri", "Thomas", "icloud.com"),
      body="""\
Good luck at the hustings tonight Rhian - not that our Nia needs it. Tell her to knock 'em dead.
I'll be at the back with a flask.

R

Sent from my iPhone
""", tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="lone canvassing",
      sender=c.person("Peter", "Lewis", "btinternet.com"),
      body="""\
Hello Rhian,

My wife has been reading about the councillor in Swansea who was threatened on her own doorstep
and she's worried about me going out on my own in the evenings with the survey sheets. Is there
any party guidance on lone canvassing, and is anyone else in Cwmbach branch going out on
Tuesdays that I could pair up with?

Many thanks,
Peter
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="GC on the 12th",
      sender=c.person("Bryn", "Jenkins", "outlook.com"),
      body="""\
Rhian, I am told the EC has decided to take the Treorchy motion off the agenda "for legal
reasons" which nobody will explain to me. I'll be at the GC on the 12th to have my say and I
can promise you I won't be polite about it. This is a stitch-up and everybody knows it.

Bryn
""", tags=("hard-negative", "angry"))

c.add("bulk", subject="Punch Above Your Weight - Boxercise fundraiser for the Food Bank",
      sender=("Eventbrite", "noreply@order.eventbrite.co.uk"),
      fmt="html",
      body="""\
You're going to Punch Above Your Weight!

Boxercise Fundraiser for Cwm Food Bank
Saturday 8 November, 10:00 - 12:00
Treforgan Leisure Centre, Sports Hall

Order #9917204458 - 1 x General Admission (£8.00)

Bring water and a towel. Gloves provided. All levels welcome - come and knock seven bells out of
a punch bag for a good cause.

View your tickets in the Eventbrite app.
This email was sent to you by Eventbrite. Eventbrite, Inc., 535 Mission Street, San Francisco.
""", tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Amendment to Motion 3",
      sender=c.person("Gwen", "Roberts", "gmail.com"),
      body="""\
Hi Rhian,

Cwmbach branch would like to submit an amendment to Motion 3 (Public Transport):

In the final paragraph, delete "fight tooth and nail against" and insert "campaign against".

Reason: we agree with the motion entirely but felt the language would look daft in the local
paper.

Gwen Roberts, Cwmbach branch secretary
""", tags=("hard-negative", "metaphor"))

c.add("urgent", subject="Comment needed by 4pm - threats to councillor",
      sender=("Ffion Lewis, Valleys Observer", "ffion.lewis@valleysobserver.example.co.uk"),
      body="""\
Hi Rhian,

We're running a story tomorrow about the Plaid councillor in Ynyshir who has had her car
vandalised and received threatening letters after the school reorganisation vote. We're asking
all the local parties for a short comment on intimidation of elected members in the county.

Deadline is 4pm today. A line or two from the CLP chair or from you would be great.

Thanks,
Ffion
Valleys Observer newsdesk | 01443 000 118
""", tags=("hard-negative", "news-about-threats"))

c.add("query", subject="Fire risk assessment for the office",
      sender=c.person("Julie", "Pugh", "hotmail.co.uk"),
      body="""\
Hi Rhian, the insurers want to see an up-to-date fire risk assessment for the Taff Street office
before they'll renew. Do you know who did the last one? I can't find it in the shared drive.
Thanks, Julie (Treasurer)
""", tags=("hard-negative", "benign-violent-word"))

c.add("other", subject="quiz night",
      sender=c.person("Terry", "Watkins", "sky.com"),
      body="""\
Quiz night at the Legion on the 21st, team of six, £2 a head. Sian's doing the questions so it'll
be a killer. Are you in? Losers buy the chips.
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Cllr Mathias",
      sender=c.person("Rebecca", "Lloyd", "gmail.com"),
      body="""\
I am absolutely livid. Councillor Mathias stood up at the community council last night and
called the Save Our Surgery campaigners "a rabble". I was one of them. I'm a nurse.

I want an apology from him in writing, and I want to know whether the CLP thinks that's an
acceptable way for a Labour councillor to talk to residents. If he wants a war with this village
he's going about it the right way - we'll see him at the ballot box in 2027.

Rebecca Lloyd
""", tags=("hard-negative", "angry", "metaphor"))

c.add("other", subject="Poem for the newsletter?",
      sender=c.person("Eirlys", "Morgan", "aol.com"),
      body="""\
Dear Rhian,

You said you were short of something for the Christmas newsletter. I wrote this after the
Tower Colliery anniversary. Use it if you like, bin it if you don't, I won't be offended.

    They fought with their hands and they fought with their hearts,
    they fought for the valley and all of its parts.
    The pits are all gone and the fight carries on -
    in the food bank, the school gate, the doorstep at dawn.

Best wishes,
Eirlys
""", tags=("hard-negative", "metaphor"))

c.add("complaint", subject="Planning - Heol Glyn",
      sender=c.person("Geraint", "Bowen", "btinternet.com"),
      body="""\
Ms Evans,

The planning committee's decision on Heol Glyn is an absolute disgrace and frankly it will be
the death of Labour in this ward. Three councillors who live nowhere near the site waving through
forty houses on a flood plain. I've written to the Ombudsman and to the Senedd member.

I want the names of every Labour member of that committee and how they voted. I'm entitled to
that.

G. Bowen
""", tags=("hard-negative", "metaphor", "angry"), also=["query"])

# ======================================================================================
# OTHERS
# ======================================================================================

c.add("urgent", subject="Keys for tonight",
      sender=c.person("Sian", "Bevan", "gmail.com"),
      body="""\
Rhian I've gone down with something horrible and I'm the only one with the keys to the
Institute for tonight's branch meeting. Can you or someone pick them up from my mam's (14 Stryd
Fawr) before 6? She's in all afternoon. Sorry!!
""", tags=())

c.add("urgent", subject="Nomination papers - tomorrow noon",
      sender=("Regional Office Wales", "wales.elections@labour.example.org.uk"),
      body="""\
Dear CLP Secretary,

A reminder that nomination papers for the Pentre by-election must be delivered to the Returning
Officer at the Civic Centre by 12 noon TOMORROW. We do not yet have confirmation that the
candidate's consent to nomination and the ten subscribers' signatures have been collected.

Please confirm by 5pm today who is delivering the papers in person.

Regards,
Elections Unit, Welsh Labour
""", tags=())

c.add("urgent", subject="Printer can't do Thursday",
      sender=("Print-a-Lot Pontypridd", "orders@printalot.example.co.uk"),
      body="""\
Hi Rhian

Sorry, our big press has gone down and the engineer can't come till Friday. Your 6,000 Pentre
by-election leaflets won't be ready for Thursday. We can get them done at our Cardiff branch if
you confirm by 10am tomorrow, otherwise they'll be Monday at the earliest.

Cheers
Mike
""", tags=())

c.add("complaint", subject="Still no reply",
      sender=c.person("Denise", "Roberts", "yahoo.co.uk"),
      body="""\
This is the third time I've written asking why I wasn't told about the selection meeting for
Treforgan ward. I'm a paid-up member in that ward. I found out from Facebook. Is this how the
party treats people now? I expect an answer this time.
""", tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Chair's behaviour at the EC",
      sender=c.person("Nia", "Griffiths", "outlook.com"),
      body="""\
Dear Rhian,

I'm sorry to put this in writing but I don't think I can raise it in the room.

At Tuesday's EC the chair talked over every woman who spoke, cut me off twice during my
report as Women's Officer, and at one point said "let's not get emotional" to Carys. It isn't the
first time. I'd like to make a formal complaint and I'd like to know what the process is.

Nia Griffiths
Women's Officer
""", also=["query"], tags=())

c.add("complaint", subject="membership - I'm done",
      sender=c.person("Ian", "Morris", "hotmail.com"),
      body="""\
I've cancelled my direct debit. 22 years. Don't send anyone round, don't ring me. Just wanted
someone local to know it wasn't an accident.
""", tags=())

c.add("query", subject="Which branch am I in?",
      sender=c.person("Zofia", "Kowalski", "gmail.com"),
      body="""\
Hello, I joined the party last month and moved to Llwyncelyn Road in Porth. Which branch is
this, and when does it meet? I would like to help with the leaflets.

Thank you,
Zofia
""", tags=())

c.add("query", subject="Wheelchair access at the Workmen's Hall",
      sender=c.person("Bev", "Thomas", "btinternet.com"),
      body="""\
Hi, is there level access at the Workmen's Hall for the AGM? My husband uses a wheelchair and
last time we went to the Institute there was a step with no ramp. Bev
""", tags=())

c.add("query", subject="URGENT - membership card",
      sender=c.person("Rhys", "Davies", "gmail.com"),
      body="""\
URGENT please - I haven't had my membership card and I want to vote at the AGM. Does it matter?
Do I need it? My number is L1440923 if that helps.
""", tags=("confuser", "query-with-urgent"))

c.add("procedural", subject="Apologies - GC",
      sender=c.person("Eleri", "Watkins", "icloud.com"),
      body="Apologies for GC on Thursday please Rhian, I'm at my sister's in Bristol. Eleri (Cwmbach)\n",
      tags=())

c.add("procedural", subject="Nomination for Vice-Chair (Membership)",
      sender=c.person("Hamza", "Rahman", "outlook.com"),
      body="""\
Dear Secretary,

Porth branch nominates Cerys Lewis for the post of Vice-Chair (Membership) at the forthcoming
AGM. Nomination agreed at the branch meeting of 28 October. Cerys has confirmed she is willing to
stand.

Hamza Rahman
Branch Secretary, Porth
""", tags=())

c.add("procedural", subject="Re: Delegates to Welsh conference",
      sender=c.person("Owain", "Pugh", "gmail.com"),
      body=c.quote_reply("""\
Happy to stand as one of the delegates. I went two years ago so I know the drill. Can you
confirm whether it's a ballot at GC or whether the EC just appoints if there are only two names?
""", """\
Dear all,

The CLP is entitled to two delegates to Welsh Labour conference in February. Nominations to me
by 30 November please, for election at the December GC.

Rhian
"""), tags=("confuser",), also=["query"])

c.add("data-protection", subject="my address",
      sender=c.person("Lorraine", "Hughes", "hotmail.co.uk"),
      body="""\
Why is my home address printed on the back of your leaflet as the "contact for the Tylorstown
Residents Action group"? I helped once with a petition. I didn't agree to this. I live on my own.
Please take it off and don't print any more.
""", tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="Subject access request",
      sender=c.person("Mehmet", "Yilmaz", "gmail.com"),
      body="""\
Dear Data Controller,

Under Article 15 of the UK GDPR I request a copy of all personal data that Cwm Taf Valleys CLP
holds about me, including canvass records, notes of doorstep conversations and any correspondence
between officers in which I am named.

Please respond within one calendar month.

Mehmet Yilmaz
""", tags=())

c.add("data-protection", subject="your email last night",
      sender=c.person("Gemma", "Rees", "outlook.com"),
      body="""\
Rhian, just flagging that last night's email about the quiz went out with everyone in the To:
line rather than BCC - I can see about 140 people's email addresses including mine. Someone has
already replied-all. Thought you'd want to know.

Gemma
""", tags=())

c.add("bulk", subject="Automatic reply: Pentre by-election",
      sender=c.person("Cerys", "Lewis", "outlook.com"),
      headers=c.autoreply_headers("exchange"),
      body="""\
Thank you for your email. I am on annual leave until Monday 17th November with limited access to
email. For urgent matters please contact the branch chair.

Diolch am eich e-bost. Rydw i ar wyliau blynyddol tan ddydd Llun 17 Tachwedd.
""", tags=())

c.add("bulk", subject="Your Zoom meeting is starting in 1 hour: Cwm Taf EC",
      sender=("Zoom", "no-reply@zoom.us"),
      fmt="alt",
      body="""\
Hi Rhian,

Your meeting "Cwm Taf EC - November" is starting in 1 hour.

Time: 19:00 London
Join: https://zoom.us/j/8812004410

You are the host of this meeting.
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", body=None, raw=c.bounce("g.harries1951@btinternet.com",
                                      orig_subject="Cwmbach branch - December meeting"),
      tags=("confuser", "robot-no-list-headers"))

c.add("other", subject="Thank you",
      sender=c.person("Maureen", "Pugh", "aol.com"),
      body="""\
Dear Rhian,

Just a note to say thank you to you and everyone in the branch for the card and the flowers after
Ken passed. It meant a great deal. He'd have been tickled that the banner was there at the
crematorium.

With love,
Maureen
""", tags=())

c.add("other", subject="Solar panels for your office",
      sender=("Craig Baker", "craig.baker@greenvalleysolar.example.co.uk"),
      body="""\
Hi there,

I noticed your office on Taff Street has a south-facing roof. We're a local installer offering
free surveys to community organisations this month, with 0% finance. Would you be the right
person to speak to, or could you point me to whoever manages the building?

Thanks,
Craig Baker
Green Valley Solar
""", tags=())

# ---- later additions (longer messages) -----------------------------------------------

c.add("safety", subject="Some history your chairman should know",
      sender=c.person("Glyn", "Rowlands", "btinternet.com"),
      body="""\
Dear Mrs Evans,

You won't know me. I was at Tower and before that at Maerdy until they shut it. I was out the
full year in 84 and 85 and I've carried a Labour card since 1962, though I tore it up the day
the leadership said what it said about the winter fuel.

I'm writing because of your new chairman, Mr Lewis. I've seen his picture in the Observer
cutting the ribbon at the food bank, all smiles. I knew his father. Everybody in Cwmdu knew his
father. He went back in the November, he was bussed past our picket line in the back of a van
with a blanket over his head while my brother's kids were living on soup from the welfare hall.
The family moved away in the end because nobody would serve them in the Co-op.

Now the son comes back and gets himself made chairman of the Labour Party in this valley, and
nobody says a word, because nobody under sixty remembers.

I remember. There's a few more of us left who remember and we still drink in the same club. We
know he's living in the old manse on Heol Fach now with his wife and the two little ones, we
know his car, we know he walks down to the club on a Friday for the raffle thinking nobody's
noticed who he is.

Some debts in this valley never get paid off, Mrs Evans, they just get handed down. Tell him
the valley hasn't forgotten, and neither have I. I'm 83 and I've not got long, so I've got
nothing to lose, and he's got a great deal.

Glyn Rowlands
""", tags=("implicit", "veiled", "stalking"))

c.add("safety", subject="",
      sender=("", "wish.i.could.say.more@gmail.com"),
      body="""\
Not a threat, never a threat, I'm a law abiding man. But when they find your councillor at the
bottom of the quarry one day I'll be the first to say what a tragedy, and the last to mean it.
""", tags=("wish-harm", "implicit"))

# Threats that mailkit happened to render HTML-only get the html-only tag too.
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _cats[0] == "safety" and "html-only" not in _tags and \
            _email.message_from_bytes(_data).get_content_type() == "text/html":
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
