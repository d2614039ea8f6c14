"""dev split, writer db6: everything else - thanks, social, personal news, misdirected mail, pitches.

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db6", seed=2206)
SEC = c.clp[1].split()[0]          # Priya
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

c.add("other", subject="Thank you for Tuesday",
      sender=c.person("Doreen", "Platt"),
      body=f"""Dear {SEC},

I just wanted to say thank you for running me to the hospital on Tuesday when my taxi didn't turn up. You didn't have to and you waited nearly two hours. The results were fine, by the way - it was nothing to worry about after all.

I've knitted a little something for the baby, I'll bring it to the next branch meeting.

Much love,
Doreen""",
      tags=("thanks",))

c.add("other", subject="Well done!",
      body="""Priya - just wanted to say that was the best-run AGM I've been to in twenty years in this party. Finished on time, nobody shouted, and we even had biscuits. Take a bow.

Phil""",
      sender=c.person("Phil", "Garside"),
      tags=("thanks",))

c.add("other", subject="Thank you from Furnace Hill Primary",
      sender=("Mrs L. Ahmed", "office@furnacehillprimary.example.sch.uk"),
      fmt="alt",
      body="""Dear Hatherley Labour Party,

On behalf of the children and staff of Furnace Hill Primary School, thank you for your generous donation of 40 selection boxes for our Christmas hampers, and for the members who came to help wrap them. The children were thrilled.

With best wishes for the festive season,

Mrs Lubna Ahmed
School Business Manager""",
      tags=("thanks",))

c.add("other", subject="Baby news!",
      sender=c.person("Hannah", "Whitworth"),
      body="""Hi Priya and everyone,

Just to let you know that Max and I welcomed little Rosa on Sunday morning at 4.12am, 7lb 2oz, and we are utterly exhausted and completely in love. 

Obviously I won't be doing my leaflet round for a while - Dave next door has said he'll take it on until the spring. I'll be back once I've slept (so, 2040).

Hannah xx""",
      tags=("personal-news",))

c.add("other", subject="Off to Spain!",
      body="""Dear all,

After 38 years in Hatherley and 31 as a member of this CLP, Brenda and I are finally doing it - we've bought a little flat near Alicante and we're moving out in January. I'll keep my membership (apparently you can be in Labour International) but this is my goodbye to the Oakwood branch.

Thank you for the friendships, the arguments, the soggy leaflets, the count at 3am in 1997 when we all cried. If anyone's ever on the Costa Blanca, the sangria's on me.

Alan Dempsey""",
      sender=c.person("Alan", "Dempsey"),
      tags=("personal-news",))

c.add("other", subject="Dad",
      sender=c.person("Karen", "Shufflebotham"),
      body=f"""Dear {SEC},

I'm very sorry to tell you that my father, Eric Shufflebotham, passed away peacefully on Friday at St Mary's Hospice. He was 91. He joined the party in 1953 and was so proud that he never missed a general election count until his eyes went.

The funeral is at Hatherley Crematorium on Thursday 4th at 11.30, and afterwards at the Labour Club on Mill Bank. He'd have liked a few red rosettes there. Everyone from the party is welcome.

Karen""",
      tags=("condolences",))

c.add("other", subject="Thinking of you",
      body="""Priya,

Tom told me about your mum. I'm so sorry. Please don't even think about GC papers or minutes this month - I'll sort the agenda with the Chair and we'll manage. Take all the time you need.

Love,
Siobhan""",
      sender=c.person("Siobhan", "Rafferty"),
      tags=("condolences",))

c.add("other", subject="dog mess on Brook Lane",
      sender=c.person("Bernard", "Cowell"),
      body="""To the Council,

There is dog mess all along the pavement on Brook Lane between the post office and the school, every day. Children are walking through it. Please can you send someone to clean it and put a bin up.

B. Cowell

(I found this email address by searching for Hatherley council, I hope it has got to the right place)""",
      tags=("misdirected",))

c.add("other", subject="Darts team booking Friday",
      body="""Hiya, is the back room free Friday night for the darts? We're playing the Royal Oak. Usual 12 of us plus the opposition. Can we get sandwiches put on like last time? Cheers, Big Mick (Hatherley Labour Club darts team)""",
      sender=c.person("Michael", "Duffy"),
      tags=("misdirected", "confuser", "misdirected-as-query"))

c.add("other", subject="Focus leaflet",
      sender=c.person("Rosemary", "Fenwick"),
      body="""Hello,

I'd like to deliver Focus leaflets for the Liberal Democrats in Brookfield. I got a very nice one through the door from Cllr Pegler and I'd like to help her get re-elected. Could you send me a round?

Rosemary Fenwick""",
      tags=("misdirected",))

c.add("other", subject="Quote for boiler replacement - 14 Elm Road",
      sender=("Gary Wainwright Plumbing & Heating", "gary@wainwrightheating.example.co.uk"),
      body="""Hi Mrs Nair,

As discussed on site, please find the quote for replacing your boiler:

- Worcester Bosch 30kW combi, supply and fit: £2,350
- Magnetic filter: £140
- Power flush: £380
Total: £2,870 inc VAT

I can start Monday 8th if you want to go ahead. 10 year warranty on the boiler.

Cheers,
Gary""",
      tags=("misdirected",))

c.add("other", subject="PTA Christmas Fair - rota",
      body="""Hi Priya!

Here's the rota for Saturday's Christmas fair - you're on tombola 11-12 then cakes 12-1. Can you also bring a float of £20 in pound coins? Thank you soooo much, see you at the gate!

Claire (PTA chair, St Mary's)

P.S. Did I get the right Priya? Your email came up when I typed "Priya" - if not, ignore me!""",
      sender=c.person("Claire", "Horrocks"),
      tags=("misdirected",))

c.add("other", subject="Your website",
      sender=("Jordan Fisk", "jordan@fiskdigital.example.co.uk"),
      body=f"""Hi {SEC},

I hope you don't mind me reaching out. I'm a freelance web designer based in Hatherley and I was having a look at the CLP's website the other day. It's clearly had a lot of love put into it, but I noticed it isn't mobile-friendly and the events page hasn't been updated since 2024.

I've done sites for a few local charities and a couple of councillors (of various parties!) and I'd be happy to do a refresh for a discounted rate - I'm thinking around £600 for a full rebuild on a platform your volunteers could update easily.

Would you be up for a 15-minute call next week?

Best,
Jordan Fisk
Fisk Digital""",
      tags=("sales-pitch", "confuser", "sales-pitch-from-person"))

c.add("other", subject="Headshots for your candidates",
      body="""Hi there,

I'm a local photographer (Hatherley Green) and I noticed a few of your candidates' photos on the leaflets last May were... let's say not doing them justice. Phone selfies in the kitchen, in one case!

I'm offering a candidate headshot day in January - 20 minutes each, studio or outdoor, three edited images per person, £45 a head. Happy to come to you.

Portfolio here: sarahkphotography.example.co.uk

Sarah Kendrick""",
      sender=("Sarah Kendrick", "sarah@sarahkphotography.example.co.uk"),
      tags=("sales-pitch", "confuser", "sales-pitch-from-person"))

c.add("other", subject="quick question about your social media",
      sender=("Tayo Bankole", "tayo.b.socials@gmail.com"),
      body="""Hi Priya, hope you're well! I'm a freelance social media manager and I specialise in local campaigns. I've noticed that the Hatherley Labour Instagram posts get about 10 likes each - with a proper content plan I could 5x that before May. I've worked with a few MPs' offices. Would love to send you a proposal, no obligation. Tayo :)""",
      tags=("sales-pitch", "confuser", "sales-pitch-from-person"))

c.add("other", subject="Guest post opportunity",
      body="""Hello Priya Nair,

I came across hatherleylabour.org.uk and really enjoyed your article about the library campaign. I run a blog about UK politics and community activism and would love to contribute a guest post to your site, with one link back to my site. I can also offer a paid placement for $80 if you prefer.

Looking forward to your response.

Best regards,
Emily Carter
Outreach Manager""",
      sender=("Emily Carter", "emily.carter.outreach@gmail.com"),
      tags=("sales-pitch", "confuser", "sales-pitch-from-person"))

c.add("other", subject="Canvassing app - would love your thoughts",
      sender=("Raj Kohli", "raj@doorstepper.example.io"),
      body=f"""Hi {SEC},

Raj here - I'm a Labour member in Leicester and the founder of a small start-up building a canvassing app for local campaigns. It works alongside the party's own tools and focuses on the bits volunteers hate: route planning, offline mode, and getting the data back in without re-typing.

I'm not trying to sell you anything today - I'm looking for 5 CLPs to try it free over the winter and tell me honestly what's rubbish about it. Would Hatherley be up for that?

Cheers,
Raj""",
      tags=("sales-pitch", "confuser", "sales-pitch-from-person"))

c.add("other", subject="You're invited!",
      body="""Dear Priya,

Mum (Joan Ashby, Oakwood branch, in case there's more than one Joan!) is turning 80 on the 17th and we're throwing her a surprise party at the Oakwood Community Centre from 2pm. She's talked about "the Labour lot" so much over the years that we'd love some of you to come. Please don't tell her!

RSVP to me by the 10th if you can.

Diane (Joan's daughter)""",
      sender=c.person("Diane", "Ashby"),
      tags=("social",))

c.add("other", subject="Red Ramblers - Sunday walk",
      sender=c.person("Trevor", "Lumb"),
      body="""Priya, a few of us from Furnace Hill branch have started a monthly walk - "Red Ramblers" (my wife's name for it, not mine). This Sunday it's the reservoir loop, about 6 miles, meeting at the Fleece car park 10am, pub lunch after. Fancy it? Bring boots, it's claggy after the rain.

Trev""",
      tags=("social",))

c.add("other", subject="Photos from Saturday",
      body="""Hi Priya! Some of my photos from the Christmas do - the conga one is my favourite, I think the Chair might want that one deleted haha. Hope you got home OK, what a night! xx Rachel""",
      sender=c.person("Rachel", "Pennington"),
      tags=("social",))

c.add("other", subject="Blast from the past!",
      sender=("Laura Castellanos", "laura.castellanos@outlook.com"),
      body="""Priya Nair!! Is that you?! I saw your name as "CLP Secretary" on a leaflet my sister sent me a photo of. It's Laura from halls at Leeds - B block, 2009, the fire alarm incident (not my fault). I've been living in Madrid for ten years and I'm coming back to the UK in the spring. Would love to catch up if you're up for it! x""",
      tags=("social",))

c.add("other", subject="A poem for the newsletter, if you'd like it",
      body="""Dear Priya,

I have written a little poem for the fiftieth anniversary of the Oakwood branch. If there is room in the newsletter I'd be honoured. If not, no matter.

  Fifty years of Tuesday nights,
  Of tea gone cold and tired feet,
  Of leaflets pushed through rusted doors
  On every damp and narrow street.
  We did not always win the day,
  But we were there, and that will stay.

With good wishes,
Edna Fairclough (aged 88)""",
      sender=c.person("Edna", "Fairclough"),
      tags=("submission",))

c.add("other", also=("query",), subject="Interview request - dissertation on local parties",
      sender=("Ciara Doyle", "c.doyle3@hatherleyuni.example.ac.uk"),
      body="""Dear Ms Nair,

I am a final-year politics student at Hatherley University writing my dissertation on volunteer burnout in local political parties. I'd be very grateful for the chance to interview you for about 30 minutes, in person or online, at a time that suits you. All responses would be anonymised and the project has ethics approval.

Please let me know if you'd be willing.

Kind regards,
Ciara Doyle""",
      tags=("confuser", "other-as-query"))

c.add("other", subject="Guru Nanak Gurpurab - invitation",
      sender=c.person("Harjit", "Dhillon"),
      body="""Sat Sri Akal Priya ji,

On behalf of the committee of Gurdwara Sahib Hatherley, we are inviting members of Hatherley Labour Party to join the Gurpurab celebrations on Sunday. Langar will be served from 12 noon. All are welcome, please cover your head.

Waheguru ji ka Khalsa, Waheguru ji ki Fateh

Harjit Singh Dhillon
Secretary""",
      tags=("social",))

c.add("other", subject="Office chairs going free",
      body="""Hi, we're clearing out the office at work (we're moving to hot-desking, don't ask) and there are about a dozen decent office chairs and two filing cabinets going to the tip next Friday. If the CLP wants any for the office, they're yours - just need someone with a van to collect from Brookfield Trading Estate. Sandra""",
      sender=c.person("Sandra", "Holloway"),
      tags=("offer",))

c.add("other", subject="Diwali Mubarak",
      sender=c.person("Rajesh", "Patel"),
      fmt="html",
      html_body="""<html><body style="font-family:Georgia;text-align:center"><p style="font-size:22px;color:#d35400">🪔 Happy Diwali 🪔</p><p>Wishing you, your family and all our friends in Hatherley Labour a very happy Diwali and a prosperous New Year.<br>May the festival of lights bring peace and joy to everyone.</p><p>Rajesh, Meena &amp; family</p></body></html>""",
      body="",
      tags=("social", "html-only"))

c.add("other", subject="get well soon!!",
      body="""heard you've been laid up with the flu, hope you feel better soon. don't you dare look at your emails. lemsip and netflix. x""",
      sender=c.person("Gemma", "Boothroyd"),
      tags=("social", "noisy"))

c.add("other", subject="umbrella",
      sender=c.person("Keith", "Bamford"),
      body="""Somebody left a big golf umbrella (green and white, Hatherley Rovers) in the church hall after Thursday's meeting. I've got it. If it's yours or you know whose it is let me know. Keith""",
      tags=("lost-property",))

c.add("other", subject="Pothole finally fixed!",
      body="""Dear Labour Party,

Just a quick note to say thank you. After two years of complaining about the pothole outside our house on Furnace Road, I emailed Councillor Rehman last month and it was filled within three weeks. I've voted for a different party for most of my life but credit where it's due.

Regards,
Mr P. Holden""",
      sender=c.person("Peter", "Holden"),
      tags=("thanks", "confuser", "thanks-not-complaint"))

c.add("other", subject="Fw: Fw: Fw: this made me laugh",
      sender=c.person("Norman", "Greaves"),
      body=c.forward(
          """Thought you'd enjoy this Priya!! Norman""",
          """A politician, a priest and a plumber arrive at the Pearly Gates...

St Peter looks at his clipboard and says "Only one of you gets in today. Tell me what you did for others."

The priest says "I gave comfort to the dying." The politician says "I gave hope to millions." The plumber says "I came out on a Sunday."

In he went.

PASS THIS ON TO 10 PEOPLE WHO NEED A SMILE!!!""",
          "Jean Greaves <jeangreaves@aol.com>", "Fw: Fw: this made me laugh"),
      tags=("forwarded", "chain"))

c.add("other", subject="Stepping back for a bit",
      body=f"""Hi {SEC},

I wanted to let you know personally before it gets round. I've been diagnosed with breast cancer - caught early, good prognosis, but I start chemo in a fortnight and I'll be out of action for most of the winter.

I'm not resigning from anything and I don't want a fuss. I just won't be at meetings or on the doors for a while. I'll still read the emails when I'm up to it.

Thanks for being a friend as well as a comrade.

Nia""",
      sender=c.person("Nia", "Pritchard"),
      tags=("personal-news",))

c.add("other", subject="Bake sale - my Welsh cakes recipe",
      sender=c.person("Gwen", "Morgan"),
      body="""Priya, you asked for the recipe! Here it is.

225g self-raising flour
100g butter
75g caster sugar
50g currants
1 egg
a splash of milk
pinch of mixed spice

Rub the butter into the flour, stir in the sugar, spice and currants, add the egg and enough milk to make a stiff dough. Roll to about 5mm, cut into rounds, cook on a griddle (or heavy frying pan) about 3 minutes each side. Sprinkle with sugar while warm.

They went in about ten minutes at the bake sale, so I'll do a double batch next time!

Gwen""",
      tags=("social",))

c.add("other", subject="Wedding invitation - Sunita & Tom",
      body="""Dear Priya,

Tom and I would be delighted if you could join us for our wedding on Saturday 6 June at Hatherley Town Hall, followed by the reception at the Mill Bank Hotel. A proper invitation is in the post, but we wanted to make sure you had the date!

You introduced us at that leafleting session in the snow, so you're partly to blame.

Love,
Sunita & Tom""",
      sender=c.person("Sunita", "Sharma"),
      tags=("social",))

c.add("other", subject="thank you from our family",
      sender=("Ahmad Karimi", "ahmad.karimi.hth@gmail.com"),
      body="""Dear Priya and friends of Labour party,

I want to say big thank you from my family. When we came to Hatherley from the hotel in August we had nothing, empty flat, no bed for children. Your members brought furniture, beds, a fridge, plates, everything. Mrs Joan even brought toys. My wife was crying. In Afghanistan we did not think people from a political party will come and help like this without asking anything.

My son start school now and he is learning English very fast, faster than me :)

If you need any help in future, painting, carrying, anything, please ask me.

With respect
Ahmad Karimi and family""",
      tags=("thanks", "non-native"))

c.add("other", subject="Re: GC papers - December",
      sender=c.person("Colin", "Broadhurst"),
      body=c.quote_reply(
          """Thanks!""",
          f"""Dear all, please find attached the papers for December's GC. {SECFULL}""",
          style="gmail"),
      tags=("quoted", "confuser", "other-as-procedural"))

c.add("other", subject="Re: Re: quiz night",
      sender=c.person("Debbie", "Hollis"),
      body=c.quote_reply(
          """Haha I know!! Still can't believe we lost on the tie-break to the Co-op Party lot. Next year we're taking them down. Same team?""",
          """You were robbed on the music round Debs. Who knew Priya was a Northern Soul expert.""",
          quoted_from="Rachel Pennington <rachel.pennington@gmail.com>",
          style="gmail"),
      tags=("social", "quoted", "hard-negative", "benign-violent-word"))

c.write()
